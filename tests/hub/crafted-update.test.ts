import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { MessageType } from '@hocuspocus/server';
import { waitFor } from '../support/wait';
import { acknowledged, WAIT_MS } from './support/collab-client';
import { useWriterOnHub } from './support/writer-on-hub';

const writerOnNewHub = useWriterOnHub();

/** One Hocuspocus message: the document's address, the message type, then `body`. */
function message(documentName: string, type: MessageType, body: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  encoding.writeVarUint(encoder, type);
  body(encoder);
  return encoding.toUint8Array(encoder);
}

/** The type of a message the hub sent (after its document address). */
function typeOf(reply: Buffer): number {
  const decoder = decoding.createDecoder(new Uint8Array(reply));
  decoding.readVarString(decoder);
  return decoding.readVarUint(decoder);
}

describe('a crafted update', () => {
  it('that does not decode is refused before it is logged: the article still loads after a restart', async () => {
    const { hub, article, token, writer, textAfterKillAndRestart } = await writerOnNewHub();
    writer.text.insert(0, 'Kept.');
    await waitFor('the edit to be acknowledged', WAIT_MS, () => acknowledged(writer));

    // A signed-in person's own socket, speaking Hocuspocus's protocol by hand.
    const socket = new WebSocket(hub.collabUrl);
    const replies: Buffer[] = [];
    socket.on('message', (data: Buffer) => replies.push(data));
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    try {
      socket.send(
        message(article, MessageType.Auth, (e) => {
          encoding.writeVarUint(e, 0); // a token
          encoding.writeVarString(e, token);
          encoding.writeVarString(e, '4.8.0');
        }),
      );
      await waitFor('the hub to answer the sign-in', WAIT_MS, () => replies.length > 0);
      // Sync / Update with bytes that promise more structs than they hold.
      socket.send(
        message(article, MessageType.Sync, (e) => {
          encoding.writeVarUint(e, 2); // y-protocols' messageYjsUpdate
          encoding.writeVarUint8Array(e, new Uint8Array([1, 5, 200, 7]));
        }),
      );
      // Hocuspocus ends that document's connection on the socket (a CLOSE message), keeping the socket for others.
      await waitFor('the hub to close the crafted connection', WAIT_MS, () => replies.some((reply) => typeOf(reply) === MessageType.CLOSE));
    } finally {
      socket.terminate();
    }
    expect(writer.text.toString()).toBe('Kept.');

    expect(await textAfterKillAndRestart()).toBe('Kept.');
  });
});

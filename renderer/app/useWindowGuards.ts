import { useEffect } from 'react';
import { anyUnsavedWork, flushAll } from '../common/saveRegistry';
import { commandForKeyEvent } from '../editor/commands/shortcuts';
import { runCommand } from '../common/commands';

/**
 * Window-wide behaviour: the saving and search shortcuts work wherever focus is (and never
 * open the browser's "Save page"), pending saves go out when the window is hidden, and closing with
 * unsaved work asks first.
 */
export function useWindowGuards(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = commandForKeyEvent(event);
      if (command !== 'document.save' && command !== 'version.save' && command !== 'view.search') return;
      event.preventDefault();
      runCommand(command);
    };
    const onVisibilityChange = () => {
      if (document.visibilityState === 'hidden') flushAll();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!anyUnsavedWork()) return;
      flushAll();
      event.preventDefault();
      // Older engines need returnValue set to show the prompt.
      event.returnValue = '';
    };
    window.addEventListener('keydown', onKeyDown);
    document.addEventListener('visibilitychange', onVisibilityChange);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('visibilitychange', onVisibilityChange);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, []);
}

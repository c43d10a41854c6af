import type { InputHTMLAttributes } from 'react';

/**
 * The user name of a new account (first admin, or one an admin adds): the browser checks
 * the same form as UserNameSchema (case aside: names are stored in lower case), so a name
 * the server would refuse is caught before it is sent.
 */
export function NewUserNameInput(props: Omit<InputHTMLAttributes<HTMLInputElement>, 'pattern' | 'maxLength' | 'required' | 'className'>) {
  return (
    <input
      className="input"
      autoCapitalize="none"
      spellCheck={false}
      {...props}
      required
      pattern="[A-Za-z0-9][A-Za-z0-9._\-]{1,39}"
      maxLength={40}
    />
  );
}

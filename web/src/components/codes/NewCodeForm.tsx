/** Creates a code when Enter is pressed: a top-level category, or a sub-code. */
import { NewNameForm } from '../NewNameForm.js';

export function NewCodeForm({ label, placeholder, onCreate }: { label: string; placeholder: string; onCreate: (name: string) => Promise<boolean> }) {
  return <NewNameForm label={label} placeholder={placeholder} what="code" className="new-code" onCreate={onCreate} />;
}

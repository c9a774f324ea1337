/** "New set": a name typed in place, then Enter; the set starts empty. */
import { NewNameForm } from '../NewNameForm.js';

export function NewSetForm({ onCreate }: { onCreate: (name: string) => Promise<boolean> }) {
  return <NewNameForm label="New set" placeholder="Name, then Enter" what="set" className="new-set" button="Create set" onCreate={onCreate} />;
}

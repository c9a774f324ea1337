/**
 * While a memo is open for editing, say so every 10 seconds and learn who else has it open: two
 * people writing one memo should know of each other before their saves collide.
 */
import { useEffect, useState } from 'react';
import { projectPath, request } from '../../api.js';

const BEAT_MS = 10_000;

export function useOtherEditors(projectId: string, memoId: string, active: boolean): string[] {
  const [others, setOthers] = useState<string[]>([]);
  useEffect(() => {
    if (!active) return undefined;
    let live = true;
    const path = `${projectPath(projectId)}/presence`;
    const beat = () => request<{ editors: { name: string }[] }>('POST', path, { memo: memoId }).then(
      (r) => live && setOthers((r?.editors ?? []).map((e) => e.name)),
      // Presence is a courtesy: a failed beat leaves the last answer and tries again later.
      () => undefined,
    );
    void beat();
    const timer = setInterval(() => void beat(), BEAT_MS);
    return () => {
      live = false;
      clearInterval(timer);
      setOthers([]);
      void request('POST', path, { memo: memoId, leaving: true }).catch(() => undefined);
    };
  }, [projectId, memoId, active]);
  return others;
}

/** "ana is also editing this memo." / "ana and tomás are also editing this memo." */
export function othersLine(names: readonly string[]): string {
  if (names.length === 0) return '';
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `${list} ${names.length === 1 ? 'is' : 'are'} also editing this memo; your saves and theirs are kept apart, and a clash is shown to the second.`;
}

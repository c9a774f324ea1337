/** A change from the event log told in a researcher's words. */

const q = (v: unknown): string => (typeof v === 'string' && v !== '' ? `“${v.length > 80 ? `${v.slice(0, 79)}…` : v}”` : '');

/** One end of a relation as its payload names it: a code's path, or "a memo", "a segment". */
function end(v: unknown): string {
  const e = (v ?? {}) as { type?: unknown; ref?: unknown };
  return e.type === 'code' ? q(e.ref) : `a ${String(e.type ?? 'thing')}`;
}

/** "3 nodes" from a count or a list (the log keeps `model.place`'s nodes as a count). */
function count(v: unknown, noun: string): string {
  const n = Array.isArray(v) ? v.length : typeof v === 'number' ? v : 0;
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

export function describeEvent(command: string, payload: unknown): string {
  const p = (payload ?? {}) as Record<string, unknown>;
  switch (command) {
    case 'project.create': return `created the project ${q(p.name)}`;
    case 'project.settings': return 'changed the project settings';
    case 'user.add': return `added the user ${q(p.name)}`;
    case 'member.add': return `gave ${q(p.user)} the role ${String(p.role ?? '')}`;
    case 'case.add': return `added the case ${q(p.label)}`;
    case 'case.set': return `set attributes of the case ${q(p.case)}`;
    case 'document.import': return `imported the document ${q(p.name)}`;
    case 'template.apply': return `applied the template ${q(p.template)}`;
    case 'code.create': return `created the code ${q(p.parent ? `${String(p.parent)}/${String(p.name)}` : p.name)}`;
    case 'code.rename': return `renamed the code ${q(p.code)} to ${q(p.name)}`;
    case 'code.recolor': return `recoloured the code ${q(p.code)}`;
    case 'code.define': return `rewrote the definition of ${q(p.code)}`;
    case 'code.move': return p.parent ? `moved the code ${q(p.code)} under ${q(p.parent)}` : `made ${q(p.code)} a top-level category`;
    case 'code.merge': return `merged the code ${q(p.from)} into ${q(p.into)}`;
    case 'code.delete': return `deleted the code ${q(p.code)}`;
    case 'coding.apply': return `${p.replaces ? 're-coded' : 'coded'} ${q(p.exact)} in ${q(p.document)} with ${q(p.code)}`;
    case 'coding.remove': return 'removed a coding';
    case 'coding.exemplar': return p.exemplar ? 'marked a quote as an exemplar' : 'unmarked an exemplar quote';
    case 'coding.applyMany': return `coded ${String(p.applied ?? '')} passages at once with ${(p.codes as string[] | undefined)?.map(q).join(', ') ?? ''}`;
    case 'memo.add': return `wrote the memo ${q(p.title)}`;
    case 'memo.edit': return 'edited a memo';
    case 'memo.delete': return 'deleted a memo';
    case 'memo.link': return 'linked a memo';
    case 'memo.unlink': return 'removed a memo link';
    case 'relation.add': return `linked ${end(p.from)} to ${end(p.to)} as ${q(p.type)}`;
    case 'relation.edit': return p.reverse ? 'reversed a relation' : p.type ? `gave a relation the type ${q(p.type)}` : 'edited a relation\'s memo';
    case 'relation.delete': return 'deleted a relation';
    case 'relation.cite': return `cited ${count(p.segments, 'segment')} as evidence of a relation`;
    case 'relation.uncite': return 'removed a segment from a relation\'s evidence';
    case 'relationType.add': return `added the relation type ${q(p.name)}`;
    case 'relationType.edit': return p.name ? `renamed the relation type ${q(p.type)} to ${q(p.name)}` : `changed the relation type ${q(p.type)}`;
    case 'relationType.delete': return `deleted the relation type ${q(p.type)}`;
    case 'model.create': return `created the model ${q(p.name)}`;
    case 'model.edit': return p.name ? `renamed the model ${q(p.model)} to ${q(p.name)}` : `changed the model ${q(p.model)}`;
    case 'model.delete': return `deleted the model ${q(p.model)}`;
    case 'model.place': return `placed or moved ${count(p.nodes, 'node')} on the model ${q(p.model)}`;
    case 'model.remove': return `took ${count(p.nodes, 'node')} off the model ${q(p.model)}`;
    case 'set.create': return `made the set ${q(p.name)}`;
    case 'set.edit': return p.name ? `renamed a set to ${q(p.name)}` : 'edited a set\'s description';
    case 'set.delete': return 'deleted a set';
    case 'set.add': return `put ${count(p.members, 'member')} in a set`;
    case 'set.remove': return `took ${count(p.members, 'member')} out of a set`;
    case 'undo': return 'undid a change';
    case 'redo': return 'redid a change';
    default: return command;
  }
}

/**
 * A .qdpx archive, opened with suspicion: every check is made on the central directory before
 * anything is inflated, and entries are then inflated in small steps that stop at the size the
 * directory declared, so neither a bomb nor a lying size can fill memory or burn time.
 */
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { ImportError } from '../import-error.js';
import { INFLATE_CHUNK_BYTES, MAX_ENTRIES, MAX_QDE_BYTES, MAX_RATIO, MAX_TOTAL_BYTES, RATIO_CHECK_BYTES } from './limits.js';

export interface ArchiveEntry { path: string; size: number; originalSize: number }

export interface Archive {
  /** Path of the project file inside the archive. */
  qdePath: string;
  /** The archive path of a file as the project names it (`internal://x.txt`, `x.txt`), or null. */
  find(ref: string): string | null;
  /** Inflates the given entries (archive paths as `find` returns them). */
  read(paths: string[]): Map<string, Uint8Array>;
}

const MB = 1024 * 1024;

/** Lists and checks an archive; throws an `ImportError` naming `what` when it is unsafe or damaged. */
export function openArchive(bytes: Uint8Array, what: string): Archive {
  const entries = listEntries(bytes, what);
  const files = [...entries.values()].filter((e) => !e.path.endsWith('/'));
  const qde = findQde(files, what);
  const base = qde.path.slice(0, qde.path.lastIndexOf('/') + 1);
  if (qde.originalSize > MAX_QDE_BYTES) {
    throw new ImportError(
      `${what} holds a project file of ${Math.round(qde.originalSize / MB)} MB, more than the ${MAX_QDE_BYTES / MB} MB ` +
        'Sparks reads; split the project in the other program and export the parts separately.',
    );
  }
  const byLower = new Map<string, string>();
  // Case and Unicode form both vary between the project file and the archive's own names.
  const key = (path: string) => path.normalize('NFC').toLowerCase();
  for (const f of files) if (!byLower.has(key(f.path))) byLower.set(key(f.path), f.path);
  return {
    qdePath: qde.path,
    find(ref) {
      const rel = ref.replace(/^internal:\/\//iu, '').replace(/\\/gu, '/').replace(/^\/+/u, '');
      if (rel === '' || /^[a-z]+:\/\//iu.test(rel)) return null;
      for (const candidate of [`${base}sources/${rel}`, `${base}${rel}`]) {
        const hit = byLower.get(key(candidate));
        if (hit !== undefined) return hit;
      }
      return null;
    },
    read: (paths) => inflate(bytes, paths.map((p) => entries.get(p)).filter((e): e is ArchiveEntry => !!e), what),
  };
}

function listEntries(bytes: Uint8Array, what: string): Map<string, ArchiveEntry> {
  const damaged = new ImportError(
    `${what} is not a readable zip archive (it is damaged or cut short); export the project again from the other program.`,
  );
  const entries = new Map<string, ArchiveEntry>();
  let total = 0;
  let count = 0;
  let problem: ImportError | null = null;
  try {
    // The filter sees each central-directory record and declines it, so nothing is inflated here.
    unzipSync(bytes, {
      filter: (f) => {
        if (problem) return false;
        count++;
        total += f.originalSize;
        problem = checkEntry(f.name, f.size, f.originalSize, what);
        if (!problem && entries.has(f.name)) problem = damaged;
        if (!problem && count > MAX_ENTRIES) problem = tooMuch(what, `more than ${MAX_ENTRIES.toLocaleString('en')} files`);
        if (!problem && total > MAX_TOTAL_BYTES) problem = tooMuch(what, `more than ${MAX_TOTAL_BYTES / MB} MB once unpacked`);
        entries.set(f.name, { path: f.name, size: f.size, originalSize: f.originalSize });
        return false;
      },
    });
  } catch {
    throw damaged;
  }
  if (problem) throw problem;
  return entries;
}

function checkEntry(name: string, size: number, originalSize: number, what: string): ImportError | null {
  const path = name.replace(/\\/gu, '/');
  if (path.startsWith('/') || /^[a-z]:/iu.test(path) || path.split('/').includes('..') || path.includes('\u0000')) {
    return new ImportError(
      `${what} contains a file with an unsafe path (${JSON.stringify(name.slice(0, 80))}) that points outside the archive; ` +
        'Sparks refuses such archives, so export the project again from the program that made it.',
    );
  }
  if (originalSize > RATIO_CHECK_BYTES && originalSize > size * MAX_RATIO) {
    return tooMuch(what, `a file that unpacks to ${Math.round(originalSize / MB)} MB from ${Math.max(1, Math.round(size / 1024))} KB (a zip bomb)`);
  }
  return null;
}

function tooMuch(what: string, detail: string): ImportError {
  return new ImportError(`${what} holds ${detail}, which no REFI-QDA project needs; Sparks did not unpack it, so check where the file came from.`);
}

function findQde(files: ArchiveEntry[], what: string): ArchiveEntry {
  const qdes = files.filter((f) => /\.qde$/iu.test(f.path));
  const depth = (f: ArchiveEntry) => f.path.split('/').length;
  const top = Math.min(...qdes.map(depth));
  const shallow = qdes.filter((f) => depth(f) === top);
  // A folder zipped whole puts the project one level down; deeper is not a project export.
  const chosen = top <= 2 ? (shallow.find((f) => /(^|\/)project\.qde$/iu.test(f.path)) ?? (shallow.length === 1 ? shallow[0] : undefined)) : undefined;
  if (!chosen) {
    const why = qdes.length === 0 ? 'it holds no .qde file' : 'it holds several .qde files and none is project.qde';
    throw new ImportError(`${what} is not a REFI-QDA project: ${why}; export it again from the other program as a REFI-QDA project.`);
  }
  return chosen;
}

function inflate(bytes: Uint8Array, wanted: ArchiveEntry[], what: string): Map<string, Uint8Array> {
  const byName = new Map(wanted.map((e) => [e.path, e]));
  const parts = new Map<string, Uint8Array[]>();
  const done = new Set<string>();
  let bad = false;
  const unzip = new Unzip((file) => {
    const entry = byName.get(file.name);
    if (!entry || parts.has(file.name)) return;
    const chunks: Uint8Array[] = [];
    parts.set(file.name, chunks);
    let length = 0;
    file.ondata = (err, data, final) => {
      if (err || bad) { bad = true; return; }
      length += data.length;
      // Never past the declared size: a lying entry stops here instead of growing.
      if (length > entry.originalSize) { bad = true; file.terminate(); return; }
      chunks.push(data);
      if (final) done.add(file.name);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && !bad; at += INFLATE_CHUNK_BYTES) {
      unzip.push(bytes.subarray(at, at + INFLATE_CHUNK_BYTES), at + INFLATE_CHUNK_BYTES >= bytes.length);
    }
  } catch {
    bad = true;
  }
  const out = new Map<string, Uint8Array>();
  for (const entry of wanted) {
    const chunks = parts.get(entry.path);
    const joined = chunks ? concat(chunks) : null;
    if (bad || !joined || !done.has(entry.path) && entry.originalSize > 0 || joined.length !== entry.originalSize) {
      throw new ImportError(
        `${what} is damaged (${JSON.stringify(entry.path.slice(0, 80))} could not be unpacked whole); export the project again from the other program.`,
      );
    }
    out.set(entry.path, joined);
  }
  return out;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out;
}

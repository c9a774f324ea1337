/**
 * New record ids: version 7 UUIDs, which begin with the time they were made. Rows created together
 * land side by side in every primary-key index instead of at random pages, so a transcript's
 * hundreds of turns or a burst of codings write a few pages rather than one per row; large
 * projects import and code about twice as fast. They are still UUIDs (REFI-QDA GUIDs).
 */
import { v7 } from 'uuid';

export function newId(): string {
  return v7();
}

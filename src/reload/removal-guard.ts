import type { FileProblem } from '../corpus/article';
import { ARTICLES_FOLDER_FILE, articleIdOfProblemFile } from '../corpus/load-articles';
import { plural } from '../engine/format-number';

/**
 * How many articles in service a reload may lose to files that are still in the folder but cannot be used. A few
 * broken files are what skip-invalid is for; more than that is a copy gone wrong or a mount gone away, and
 * reloading would empty the desk's answers.
 */
const MAX_ARTICLES_LOST_TO_PROBLEMS = 3;

/**
 * Why a reload must keep the corpus in service whatever RELOAD_POLICY says, or null when it may go ahead: the
 * articles folder cannot be read, every article would go, or more than a few would go because their files are
 * there but unusable. Articles whose files were deleted are an editor's decision and are not counted.
 */
export function removalRefusal(
  inService: ReadonlySet<string>,
  problems: readonly FileProblem[],
  loadedIds: readonly string[],
): string | null {
  if (inService.size === 0) return null;
  const folder = problems.find((p) => p.file === ARTICLES_FOLDER_FILE);
  if (folder)
    return `it would remove all ${plural(inService.size, 'article')} in service, because ${folder.file} cannot be read`;
  if (loadedIds.length === 0) return `it would remove all ${plural(inService.size, 'article')} in service`;
  const loaded = new Set(loadedIds);
  const lost = new Set<string>();
  for (const problem of problems) {
    const id = articleIdOfProblemFile(problem.file);
    if (id !== null && inService.has(id) && !loaded.has(id)) lost.add(id);
  }
  if (lost.size <= MAX_ARTICLES_LOST_TO_PROBLEMS) return null;
  const lostCount = plural(lost.size, 'article');
  return `it would remove ${lostCount} in service whose files cannot be used (more than ${MAX_ARTICLES_LOST_TO_PROBLEMS})`;
}

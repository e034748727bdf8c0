// What a Parent cell names: the ID of an objective or a key result, local (the OKRs tab) or imported (another
// team's spreadsheet, through the Team OKRs tab). IDs are matched ignoring case and surrounding spaces, as a
// person types them; the first row holding an ID wins (a later duplicate is INVALID on its own row).

import type { ImportedObjective } from './importedOkrs';

export interface AlignmentTarget {
  readonly kind: 'objective' | 'keyResult';
  /** The ID as its own row spells it. */
  readonly id: string;
  /** The objective it is or belongs to; undefined for a key result above the first objective. */
  readonly objectiveId: string | undefined;
  readonly imported: boolean;
}

/** The few facts of an objective that alignment needs, local or imported. */
export interface AlignableObjective {
  readonly id: string;
  readonly parent: string;
  readonly keyResults: readonly { readonly id: string }[];
}

export type AlignmentTargets = ReadonlyMap<string, AlignmentTarget>;

/** Every ID a Parent may name, by lower-cased ID. */
export function alignmentTargets(
  objectives: readonly AlignableObjective[],
  orphans: readonly { readonly id: string }[],
  imported: readonly ImportedObjective[],
): AlignmentTargets {
  const targets = new Map<string, AlignmentTarget>();
  const add = (target: AlignmentTarget): void => {
    const key = target.id.trim().toLowerCase();
    if (key !== '' && !targets.has(key)) targets.set(key, target);
  };
  const addObjective = (objective: AlignableObjective, isImported: boolean): void => {
    add({ kind: 'objective', id: objective.id, objectiveId: objective.id, imported: isImported });
    for (const keyResult of objective.keyResults)
      add({ kind: 'keyResult', id: keyResult.id, objectiveId: objective.id, imported: isImported });
  };
  for (const objective of objectives) addObjective(objective, false);
  for (const keyResult of orphans)
    add({ kind: 'keyResult', id: keyResult.id, objectiveId: undefined, imported: false });
  for (const objective of imported) addObjective(objective, true);
  return targets;
}

/** The objective or key result a Parent cell names; undefined when it is blank or names nothing. */
export function resolveParent(parent: string, targets: AlignmentTargets): AlignmentTarget | undefined {
  const key = parent.trim().toLowerCase();
  return key === '' ? undefined : targets.get(key);
}

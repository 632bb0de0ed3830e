import type { TFunction } from "i18next";

/** Translate an audit entity name ("key_result"); an unknown one is shown as stored. */
export function entityLabel(t: TFunction, entity: string): string {
  return t(`audit.entities.${entity}`, { defaultValue: entity });
}

/** Translate an audit action ("create", "reopen"); an unknown one is shown as stored. */
export function actionLabel(t: TFunction, action: string): string {
  return t(`audit.actions.${action}`, { defaultValue: action });
}

/**
 * Translate a field of an audit value ("team_id", "unfrozenScores"). Only common fields have a
 * label; any other field keeps its stored key, so no change is ever hidden.
 */
export function changeFieldLabel(t: TFunction, field: string): string {
  if (field === "") return "";
  return t(`audit.changeFields.${field}`, { defaultValue: field });
}

/**
 * The names of every contract operation, and nothing else: no zod, no schema. The sandboxed
 * preload bundles this file alone (the schemas would make it ~750 KiB for a list of names); the
 * contract table in operations.ts is checked against this list at compile time (`NamesMatch`) and by
 * operationNames.test.ts, so the two cannot drift apart.
 */
export const operationNames = [
  // planOperations
  'appInfo',
  'listTemplates',
  'listPlans',
  'searchPlans',
  'createPlan',
  'getPlan',
  'savePlan',
  'patchPlan',
  'deletePlan',
  'listDeletedPlans',
  'restorePlan',
  'duplicatePlan',
  'emptyBin',
  'listRevisions',
  'getRevision',
  // exportOperations
  'exportPlan',
  // registryOperations
  'listRegistry',
  'searchRegistry',
  'getRegistryDoc',
  'addRegistryDoc',
  'updateRegistryDoc',
  'deleteRegistryDoc',
  'addFromCitation',
  'importRegistryCsv',
  'importRegistry',
  'exportRegistryCsv',
  // checkOperations
  'checkPlan',
  'planCitations',
  // reuseOperations
  'importDocument',
  'rolloverPlan',
  'comparePlans',
  'saveAsTemplate',
  'deleteUserTemplate',
  'renameUserTemplate',
  // backupOperations
  'workspaceStatus',
  'listBackups',
  'createBackup',
  'restoreBackup',
  'salvageWorkspace',
  // issueOperations
  'setPlanStatus',
  'issuePlan',
  'createAmendment',
  // historyOperations
  'nameVersion',
  'restoreRevision',
  // agencyOperations
  'listAgencies',
  'addAgency',
  'updateAgency',
  'deleteAgency',
  'mergeAgencies',
  'importAgenciesCsv',
  'exportAgenciesCsv',
  'setAgencyProvince',
  'noteAgencyName',
] as const;

export type OperationName = (typeof operationNames)[number];

const nameSet: ReadonlySet<string> = new Set(operationNames);

export function isOperationName(name: string): name is OperationName {
  return nameSet.has(name);
}

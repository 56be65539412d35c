// The kinds of library resource and the licences an editor chooses from (labels: library.json).

export const RESOURCE_KINDS = [
  'toolkit',
  'report',
  'case_study',
  'good_practice',
  'outcome_document',
  'policy_brief',
  'training_material',
  'video',
  'link',
] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export const LICENCES = [
  'cc-by-4.0',
  'cc-by-sa-4.0',
  'cc-by-nc-4.0',
  'cc-by-nc-nd-4.0',
  'cc0-1.0',
  'all-rights-reserved',
  'other',
] as const;

export const RESOURCE_STATUSES = ['draft', 'in_review', 'published'] as const;
export type ResourceStatus = (typeof RESOURCE_STATUSES)[number];

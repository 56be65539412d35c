import type { Generated } from 'kysely';

// Row types of twinning projects (migration 0020). Conventions as in tables.ts.

export interface TwinningsTable {
  id: Generated<number>;
  slug: string;
  title: string;
  objectives: Generated<string>;
  status: string; // proposed | active | completed | cancelled
  starts_on: string; // YYYY-MM-DD
  ends_on: string;
  facilitator_id: number | null;
  exchange_id: number | null;
  check_in_every_months: Generated<number>;
  public_summary: Generated<string>; // public once every city publishes it
  is_demo: Generated<number>;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface TwinningCitiesTable {
  twinning_id: number;
  organisation_id: number;
  confirmed_at: string | null;
  confirmed_by: number | null;
  publishes_summary: Generated<number>;
}

export interface TwinningPartnersTable {
  twinning_id: number;
  organisation_id: number;
}

export interface TwinningActionsTable {
  id: Generated<number>;
  twinning_id: number;
  position: number;
  title: string;
  description: Generated<string>;
  owner_organisation_id: number;
  owner_user_id: number | null;
  due_on: string; // YYYY-MM-DD
  status: string; // planned | in_progress | done | blocked | cancelled
  cost_amount: number | null; // whole units of cost_currency
  cost_currency: Generated<string>;
  funding_source: Generated<string>;
  indicator: Generated<string>;
  baseline: number | null;
  target: number | null;
  current_value: number | null;
  risks: Generated<string>;
  created_at: string;
  updated_at: string;
}

export interface TwinningMilestonesTable {
  id: Generated<number>;
  twinning_id: number;
  title: string;
  due_on: string;
  reached_on: string | null;
  created_at: string;
}

export interface TwinningDocumentsTable {
  id: Generated<number>;
  twinning_id: number;
  file_id: number;
  file_name: string;
  title: string;
  uploaded_by: number | null;
  created_at: string;
}

export interface CheckInsTable {
  id: Generated<number>;
  twinning_id: number;
  due_on: string; // YYYY-MM-DD
  submitted_at: string | null;
  submitted_by: number | null;
  organisation_id: number | null; // the city that reported
  progress: Generated<string>;
  blockers: Generated<string>;
  reminded_on: string | null;
  created_at: string;
}

export interface CheckInIndicatorsTable {
  check_in_id: number;
  action_id: number;
  value: number;
}

export interface SupportRequestsTable {
  id: Generated<number>;
  twinning_id: number;
  organisation_id: number;
  kind: string; // expertise | training | introductions | funding_advice | other
  title: string;
  body: string;
  status: string; // open | in_progress | answered | closed
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface SupportRequestMessagesTable {
  id: Generated<number>;
  support_request_id: number;
  author_id: number | null;
  body: Generated<string>;
  status: string | null;
  created_at: string;
}

export interface TwinningTables {
  twinnings: TwinningsTable;
  twinning_cities: TwinningCitiesTable;
  twinning_partners: TwinningPartnersTable;
  twinning_actions: TwinningActionsTable;
  twinning_milestones: TwinningMilestonesTable;
  twinning_documents: TwinningDocumentsTable;
  check_ins: CheckInsTable;
  check_in_indicators: CheckInIndicatorsTable;
  support_requests: SupportRequestsTable;
  support_request_messages: SupportRequestMessagesTable;
}

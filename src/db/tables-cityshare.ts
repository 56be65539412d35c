import type { Generated } from 'kysely';

// Row types of CityShare (migration 0019): city coordinators, self-assessments, good practices,
// cohort pairings and exchanges. Conventions as in tables.ts.

export interface CityCoordinatorsTable {
  organisation_id: number;
  user_id: number;
  granted_by: number | null;
  created_at: string;
}

export interface AssessmentsTable {
  id: Generated<number>;
  organisation_id: number;
  is_current: Generated<number>; // the city's latest; older rows are its history
  is_private: Generated<number>; // seen by the city and facilitators only
  priorities: Generated<string>;
  strengths: string; // six digits 0–4 in THEME_SLUGS order, copied from assessment_levels
  needs: string;
  created_by: number | null;
  is_demo: Generated<number>;
  created_at: string;
}

export interface AssessmentLevelsTable {
  assessment_id: number;
  theme_id: number;
  strength: number; // 0–4
  need: number; // 0–4
  evidence: Generated<string>;
}

export interface PracticesTable {
  id: Generated<number>;
  slug: string;
  organisation_id: number;
  theme_id: number;
  status: string; // draft | published
  language: string;
  title: string;
  problem: Generated<string>;
  approach: Generated<string>;
  results: Generated<string>;
  resources: Generated<string>;
  success_factors: Generated<string>;
  transferability: Generated<string>;
  transferable_to: Generated<string>;
  contacts: Generated<string>;
  search_text: Generated<string>; // title and texts lower-cased without accents
  is_demo: Generated<number>;
  created_by: number | null;
  created_at: string;
  updated_at: string;
  published_at: string | null;
}

export interface PracticeDocumentsTable {
  id: Generated<number>;
  practice_id: number;
  file_id: number;
  file_name: string;
  title: string;
  created_at: string;
}

export interface PairingsTable {
  id: Generated<number>;
  title: string;
  run_id: number | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
  request_key: string | null; // the creating form's random key: a double submission makes one
}

export interface PairingCitiesTable {
  pairing_id: number;
  organisation_id: number;
  group_number: number | null; // null: not placed
}

export interface ExchangesTable {
  id: Generated<number>;
  slug: string;
  title: string;
  description: Generated<string>;
  status: string; // proposed | active | closed | cancelled
  facilitator_id: number | null;
  run_id: number | null;
  summary: Generated<string>;
  is_demo: Generated<number>;
  created_by: number | null;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

export interface ExchangeCitiesTable {
  exchange_id: number;
  organisation_id: number;
}

export interface ExchangeThemesTable {
  exchange_id: number;
  theme_id: number;
}

export interface ExchangeParticipantsTable {
  exchange_id: number;
  user_id: number;
}

export interface ExchangeMeetingsTable {
  id: Generated<number>;
  exchange_id: number;
  title: string;
  held_on: string; // YYYY-MM-DD
  event_id: number | null;
  notes: Generated<string>;
  created_at: string;
}

export interface ExchangeNotesTable {
  id: Generated<number>;
  exchange_id: number;
  author_id: number | null;
  body: string;
  created_at: string;
}

export interface ExchangeDocumentsTable {
  id: Generated<number>;
  exchange_id: number;
  file_id: number;
  file_name: string;
  title: string;
  uploaded_by: number | null;
  created_at: string;
}

export interface ExchangeActionsTable {
  id: Generated<number>;
  exchange_id: number;
  title: string;
  organisation_id: number | null;
  due_on: string | null;
  is_done: Generated<number>;
  created_at: string;
}

export interface CityShareTables {
  city_coordinators: CityCoordinatorsTable;
  assessments: AssessmentsTable;
  assessment_levels: AssessmentLevelsTable;
  practices: PracticesTable;
  practice_documents: PracticeDocumentsTable;
  pairings: PairingsTable;
  pairing_cities: PairingCitiesTable;
  exchanges: ExchangesTable;
  exchange_cities: ExchangeCitiesTable;
  exchange_themes: ExchangeThemesTable;
  exchange_participants: ExchangeParticipantsTable;
  exchange_meetings: ExchangeMeetingsTable;
  exchange_notes: ExchangeNotesTable;
  exchange_documents: ExchangeDocumentsTable;
  exchange_actions: ExchangeActionsTable;
}

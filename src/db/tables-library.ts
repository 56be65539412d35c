import type { Generated } from 'kysely';

// Row types of the knowledge library, the expert directory and news (migrations 0022–0024).
// Conventions as in tables.ts. resource_search differs per engine and is reached only through
// library/search.queries.ts and library/search-index.queries.ts, in raw SQL.

export interface ResourcesTable {
  id: Generated<number>;
  slug: string;
  kind: string; // toolkit | report | case_study | good_practice | outcome_document | policy_brief | training_material | video | link
  organisation_id: number; // the partner whose editors edit it
  status: string; // draft | in_review | published
  year: number | null;
  licence: Generated<string>;
  authors: Generated<string>; // one per line
  link_url: Generated<string>; // '' unless an external link
  languages: Generated<string>; // JSON array of ISO 639-1 codes: the document's own languages
  countries: Generated<string>; // JSON array of ISO 3166-1 alpha-2 codes
  regions: Generated<string>; // JSON array of world region codes (web/countries.ts)
  review_comment: Generated<string>;
  is_demo: Generated<number>;
  created_by: number | null;
  created_at: string;
  updated_at: string;
  published_at: string | null;
  request_key: string | null; // the "new resource" form's random key (migration 0025)
}

export interface ResourceTranslationsTable {
  resource_id: number;
  language: string;
  title: string;
  summary: Generated<string>;
}

export interface ResourceThemesTable {
  resource_id: number;
  theme_id: number;
}

export interface ResourceOrganisationsTable {
  resource_id: number;
  organisation_id: number;
  position: number;
}

export interface ResourceFilesTable {
  id: Generated<number>;
  resource_id: number;
  file_id: number;
  file_name: string;
  language: string;
  extraction_status: Generated<string>; // pending | done | failed | not_applicable
  extraction_error: Generated<string>;
  extracted_text: Generated<string>;
  extracted_at: string | null;
  created_by: number | null;
  created_at: string;
}

export interface ResourceUsesTable {
  id: Generated<number>;
  resource_id: number;
  course_id: number | null;
  event_id: number | null;
  practice_id: number | null;
  created_by: number | null;
  created_at: string;
}

export interface ResourceDownloadsTable {
  resource_id: number;
  month: string; // YYYY-MM (UTC)
  count: number;
}

export interface ResourceChangesTable {
  id: Generated<number>;
  resource_id: number;
  actor_id: number | null;
  action: string; // created | edited | submitted | published | sent_back | unpublished | file_added | file_removed | use_added | use_removed
  details: Generated<string>; // JSON
  created_at: string;
}

export interface ExpertsTable {
  id: Generated<number>;
  slug: string;
  user_id: number;
  sector: string; // community_leader | academic | civil_society | policy_maker | international_organisation | city_practitioner
  organisation_id: number | null;
  country: string | null;
  languages: Generated<string>; // JSON array of ISO 639-1 codes
  biography: Generated<string>; // Markdown
  search_text: Generated<string>; // name, organisation and biography folded: what the directory searches
  status: string; // pending | approved | returned
  review_comment: Generated<string>;
  reviewed_by: number | null;
  reviewed_at: string | null;
  is_demo: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface ExpertThemesTable {
  expert_id: number;
  theme_id: number;
}

export interface ResourceExpertsTable {
  resource_id: number;
  expert_id: number;
}

export interface ExpertInvitationsTable {
  id: Generated<number>;
  expert_id: number;
  subject_type: string; // event | run | exchange
  subject_id: number;
  message: Generated<string>;
  status: string; // pending | accepted | declined | withdrawn
  invited_by: number | null;
  created_at: string;
  responded_at: string | null;
}

export interface NewsPostsTable {
  id: Generated<number>;
  slug: string;
  status: string; // draft | published
  original_language: string;
  published_at: string | null;
  is_demo: Generated<number>;
  created_by: number | null;
  created_at: string;
  updated_at: string;
  request_key: string | null; // the "new post" form's random key (migration 0026)
}

export interface NewsTranslationsTable {
  post_id: number;
  language: string;
  title: string;
  summary: Generated<string>;
  body: Generated<string>; // Markdown
}

export interface LibraryTables {
  resources: ResourcesTable;
  resource_translations: ResourceTranslationsTable;
  resource_themes: ResourceThemesTable;
  resource_organisations: ResourceOrganisationsTable;
  resource_files: ResourceFilesTable;
  resource_uses: ResourceUsesTable;
  resource_downloads: ResourceDownloadsTable;
  resource_changes: ResourceChangesTable;
  experts: ExpertsTable;
  expert_themes: ExpertThemesTable;
  resource_experts: ResourceExpertsTable;
  expert_invitations: ExpertInvitationsTable;
  news_posts: NewsPostsTable;
  news_translations: NewsTranslationsTable;
}

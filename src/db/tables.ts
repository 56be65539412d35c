import type { Generated } from 'kysely';
import type { CityShareTables } from './tables-cityshare.ts';
import type { CommunityTables } from './tables-community.ts';
import type { LibraryTables } from './tables-library.ts';
import type { TwinningTables } from './tables-twinning.ts';

// Row types of every table. Instants are ISO-8601 UTC text; booleans are 0/1 integers;
// JSON is text. The *.queries.ts files turn them into plain TypeScript values.

export interface UsersTable {
  id: Generated<number>;
  email: string; // stored lower-case: addresses are unique whatever their letter case
  name: string;
  password_hash: string;
  preferred_language: string;
  organisation_id: number | null;
  position: string;
  country: string | null;
  gender: string | null;
  time_zone: string | null; // IANA zone the official reads times in; null: not chosen
  is_disabled: number;
  is_demo: number; // invented demo officials, marked as such in the interface
  created_at: string;
  updated_at: string;
}

export interface UserRolesTable {
  id: Generated<number>;
  user_id: number;
  role: string;
  organisation_id: number | null; // the scope of a partner editor
  granted_by: number | null;
  created_at: string;
}

export interface SessionsTable {
  id: Generated<number>;
  token_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string; // absolute time-out
  revoked_at: string | null;
  ip: string;
  user_agent: string;
}

export interface PasswordResetsTable {
  id: Generated<number>;
  user_id: number;
  token_hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface RateLimitsTable {
  key: string;
  count: number;
  reset_at: string;
}

export interface OrganisationsTable {
  id: Generated<number>;
  slug: string;
  kind: string;
  name: string;
  name_search: string; // the name lower-cased without accents: sort key and search text
  short_name: string;
  description: string;
  website: string;
  country: string | null;
  world_region: string | null; // continent code derived from the country, for filters and reports
  region: string; // sub-national region, e.g. "Flanders"
  population: number | null;
  languages: string; // JSON array of ISO 639-1 codes
  migration_context: Generated<string>; // a city's short description of its migration context
  latitude: number | null;
  longitude: number | null;
  is_partner: number;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

export interface ThemesTable {
  id: Generated<number>;
  slug: string;
  position: number;
}

export interface ThemeTranslationsTable {
  theme_id: number;
  language: string;
  name: string;
  summary: string;
}

export interface CurriculaTable {
  id: Generated<number>;
  slug: string;
  name: string;
  start_year: number;
  end_year: number;
  validated_on: string | null; // a calendar date, YYYY-MM-DD
  validated_at_event: string; // where it was validated, until events exist
  created_at: string;
}

export interface CurriculumTranslationsTable {
  curriculum_id: number;
  language: string;
  summary: string;
}

export interface CurriculumThemesTable {
  curriculum_id: number;
  theme_id: number;
}

export interface EmailsTable {
  id: Generated<number>;
  to_address: string;
  subject: string;
  text_body: string;
  kind: string;
  status: string; // queued | sent | logged | failed
  error: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface JobsTable {
  id: Generated<number>;
  kind: string;
  payload: string; // JSON
  status: string; // queued | running | done | failed
  run_at: string;
  attempts: number;
  locked_until: string | null;
  locked_by: string | null;
  last_error: string | null;
  created_at: string;
  finished_at: string | null;
}

export interface AuditEventsTable {
  id: Generated<number>;
  actor_id: number | null;
  action: string;
  subject_type: string;
  subject_id: number | null;
  details: string; // JSON
  created_at: string;
}

export interface CacheVersionsTable {
  scope: string;
  version: number;
}

export interface Tables extends CityShareTables, TwinningTables, LibraryTables, CommunityTables {
  users: UsersTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  password_resets: PasswordResetsTable;
  rate_limits: RateLimitsTable;
  organisations: OrganisationsTable;
  themes: ThemesTable;
  theme_translations: ThemeTranslationsTable;
  curricula: CurriculaTable;
  curriculum_translations: CurriculumTranslationsTable;
  curriculum_themes: CurriculumThemesTable;
  emails: EmailsTable;
  jobs: JobsTable;
  audit_events: AuditEventsTable;
  cache_versions: CacheVersionsTable;
  courses: CoursesTable;
  course_translations: CourseTranslationsTable;
  course_themes: CourseThemesTable;
  course_partners: CoursePartnersTable;
  course_modules: CourseModulesTable;
  course_module_translations: CourseModuleTranslationsTable;
  lessons: LessonsTable;
  lesson_translations: LessonTranslationsTable;
  runs: RunsTable;
  run_facilitators: RunFacilitatorsTable;
  enrolments: EnrolmentsTable;
  lesson_progress: LessonProgressTable;
  files: FilesTable;
  lesson_documents: LessonDocumentsTable;
  assignments: AssignmentsTable;
  assignment_submissions: AssignmentSubmissionsTable;
  quizzes: QuizzesTable;
  quiz_questions: QuizQuestionsTable;
  quiz_question_translations: QuizQuestionTranslationsTable;
  quiz_choices: QuizChoicesTable;
  quiz_choice_translations: QuizChoiceTranslationsTable;
  quiz_accepted_answers: QuizAcceptedAnswersTable;
  quiz_attempts: QuizAttemptsTable;
  certificates: CertificatesTable;
  signing_keys: SigningKeysTable;
  events: EventsTable;
  event_translations: EventTranslationsTable;
  event_themes: EventThemesTable;
  event_organisers: EventOrganisersTable;
  event_people: EventPeopleTable;
  event_questions: EventQuestionsTable;
  registrations: RegistrationsTable;
  registration_answers: RegistrationAnswersTable;
  calendar_feeds: CalendarFeedsTable;
  event_documents: EventDocumentsTable;
  evaluations: EvaluationsTable;
}

export interface CoursesTable {
  id: Generated<number>;
  slug: string;
  organisation_id: number; // the owning partner
  status: string; // draft | in_review | published
  format: string; // self_paced | facilitated | blended | face_to_face
  level: string; // introductory | intermediate | advanced
  duration_hours: number;
  review_comment: string; // the coordinator's last note
  is_demo: number;
  created_by: number | null;
  created_at: string;
  updated_at: string;
  published_at: string | null;
}

export interface CourseTranslationsTable {
  course_id: number;
  language: string;
  title: string;
  summary: string;
  objectives: string; // one per line
}

export interface CourseThemesTable {
  course_id: number;
  theme_id: number;
}

export interface CoursePartnersTable {
  course_id: number;
  organisation_id: number;
}

export interface CourseModulesTable {
  id: Generated<number>;
  course_id: number;
  position: number;
}

export interface CourseModuleTranslationsTable {
  module_id: number;
  language: string;
  title: string;
}

export interface LessonsTable {
  id: Generated<number>;
  module_id: number;
  position: number;
  kind: string; // text | video | document | quiz | assignment
  video_url: string; // https only, for video lessons
  is_required: number;
  created_at: string;
  updated_at: string;
}

export interface LessonTranslationsTable {
  lesson_id: number;
  language: string;
  title: string;
  body: string; // Markdown
}

export interface RunsTable {
  id: Generated<number>;
  course_id: number;
  title: string;
  starts_on: string | null; // YYYY-MM-DD
  ends_on: string | null;
  location: string;
  enrolment_mode: string; // open | application
  enrolment_closes_at: string | null;
  seats: number | null; // null: no limit
  seats_taken: number;
  is_always_open: number;
  status: string; // scheduled | cancelled
  is_demo: number;
  created_by: number | null;
  created_at: string;
  updated_at: string;
  evaluation_invited_on: string | null; // the ends_on its learners were invited to evaluate
}

export interface RunFacilitatorsTable {
  run_id: number;
  user_id: number;
}

export interface EnrolmentsTable {
  id: Generated<number>;
  run_id: number;
  user_id: number;
  status: string; // applied | enrolled | waitlisted | withdrawn | declined | completed
  motivation: string;
  applicant_organisation_id: number | null;
  decided_by: number | null;
  decided_at: string | null;
  waitlisted_at: string | null;
  enrolled_at: string | null;
  completed_at: string | null;
  withdrawn_at: string | null;
  last_lesson_id: number | null;
  last_activity_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface LessonProgressTable {
  enrolment_id: number;
  lesson_id: number;
  completed_at: string;
}

export interface QuizzesTable {
  lesson_id: number;
  pass_mark: number; // percent
  max_attempts: number | null; // null: unlimited
  time_limit_minutes: number | null; // null: none
  shuffle: number;
  updated_at: string;
}

export interface QuizQuestionsTable {
  id: Generated<number>;
  lesson_id: number;
  position: number;
  kind: string; // single | multiple | true_false | short_text
  points: number;
}

export interface QuizQuestionTranslationsTable {
  question_id: number;
  language: string;
  prompt: string;
  explanation: string;
}

export interface QuizChoicesTable {
  id: Generated<number>;
  question_id: number;
  position: number;
  is_correct: number;
}

export interface QuizChoiceTranslationsTable {
  choice_id: number;
  language: string;
  label: string;
  feedback: string;
}

export interface QuizAcceptedAnswersTable {
  question_id: number;
  answer: string; // normalised
}

export interface QuizAttemptsTable {
  id: Generated<number>;
  enrolment_id: number;
  lesson_id: number;
  number: number;
  status: string; // open | submitted | expired
  started_at: string;
  deadline_at: string | null;
  submitted_at: string | null;
  score: number | null; // percent
  points: number | null;
  max_points: number | null;
  passed: number | null;
  answers: string; // JSON: the graded answers
}

export interface LessonDocumentsTable {
  lesson_id: number;
  language: string;
  file_id: number;
  file_name: string;
  uploaded_by: number | null;
  uploaded_at: string;
}

export interface FilesTable {
  id: Generated<number>;
  sha256: string; // hex digest of the bytes: the same content is stored once
  size: number;
  media_type: string; // detected from the content
  bytes: Buffer;
  created_at: string;
}

export interface AssignmentsTable {
  lesson_id: number;
  accepts_text: number;
  accepts_file: number;
  deadline_at: string | null;
  max_score: number;
  pass_mark: number;
  max_file_bytes: number;
  updated_at: string;
}

export interface AssignmentSubmissionsTable {
  id: Generated<number>;
  run_id: number;
  lesson_id: number;
  enrolment_id: number;
  text: string;
  file_id: number | null;
  file_name: string; // sanitised, with the extension of the detected type
  status: string; // submitted | graded
  submitted_at: string;
  score: number | null;
  feedback: string;
  graded_by: number | null;
  graded_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface CertificatesTable {
  id: Generated<number>;
  code: string; // public and unguessable (128 random bits, base64url)
  kind: string; // run | event
  enrolment_id: number | null; // unique where present: one certificate per completed run
  registration_id: number | null; // unique where present: one certificate per event attendee
  user_id: number;
  // What was certified, as it stood when issued (later course edits do not change it).
  recipient_name: string;
  titles: string; // JSON: language → title
  starts_on: string | null; // YYYY-MM-DD
  ends_on: string | null;
  hours: number;
  issuers: string; // JSON array of organisation names
  signatory_name: string; // '' when the platform signs
  achievement_path: string; // e.g. /courses/<slug>
  issued_at: string;
  revoked_at: string | null;
  revoked_by: number | null;
  revocation_reason: string | null;
  credential: string; // the Open Badges 3.0 credential as a VC-JWT
}

export interface SigningKeysTable {
  id: Generated<number>;
  kid: string;
  algorithm: string; // EdDSA (Ed25519)
  public_jwk: string; // JSON
  private_jwk: string; // JSON
  active_slot: string | null; // 'active' for the key in use (unique), null once retired
  created_at: string;
}

export interface EventsTable {
  id: Generated<number>;
  slug: string;
  kind: string; // workshop | webinar | study_visit | conference | expert_meeting | live_session
  status: string; // draft | published | cancelled | held
  organisation_id: number; // the owning partner
  starts_at: string; // UTC instant
  ends_at: string;
  time_zone: string; // IANA, e.g. Europe/Brussels
  venue_city_id: number | null;
  venue_address: string;
  online_url: string; // https only; shown to registered participants only
  capacity: number | null; // null: no limit
  seats_taken: number;
  registration_opens_at: string | null;
  registration_closes_at: string | null; // null: until the event starts
  requires_approval: number;
  run_id: number | null; // a live session of this course run
  curriculum_id: number | null; // the curriculum an expert meeting validated
  is_demo: number;
  created_by: number | null;
  created_at: string;
  updated_at: string;
  published_at: string | null;
}

export interface EventTranslationsTable {
  event_id: number;
  language: string;
  title: string;
  description: string; // Markdown
}

export interface EventThemesTable {
  event_id: number;
  theme_id: number;
}

export interface EventOrganisersTable {
  event_id: number;
  organisation_id: number;
}

export interface EventPeopleTable {
  event_id: number;
  user_id: number;
  role: string; // facilitator | speaker
}

export interface EventQuestionsTable {
  id: Generated<number>;
  event_id: number;
  position: number;
  prompt: string;
  is_required: number;
}

export interface RegistrationsTable {
  id: Generated<number>;
  event_id: number;
  user_id: number;
  status: string; // pending | registered | waitlisted | cancelled | declined | attended | no_show
  waitlisted_at: string | null;
  registered_at: string | null;
  cancelled_at: string | null;
  decided_by: number | null;
  decided_at: string | null;
  attendance_marked_by: number | null;
  attendance_marked_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface RegistrationAnswersTable {
  registration_id: number;
  question_id: number;
  answer: string;
}

export interface CalendarFeedsTable {
  user_id: number;
  token_hash: string;
  created_at: string;
}

export interface EventDocumentsTable {
  id: Generated<number>;
  event_id: number;
  file_id: number;
  file_name: string;
  language: string;
  title: string;
  created_at: string;
}

export interface EvaluationsTable {
  id: Generated<number>;
  event_id: number | null;
  run_id: number | null;
  user_id: number;
  satisfaction: number; // 1–5
  usefulness: number;
  relevance: number;
  will_apply: string;
  comments: string;
  created_at: string;
}

import type { ArticleService } from './articles/service';
import type { TransferService } from './articles/transfer';
import type { AuditService } from './audit/service';
import type { AuthService } from './auth/auth-service';
import type { UsersService } from './auth/users-service';
import type { ChecksService } from './checks/service';
import type { WorkflowService } from './workflow/service';
import type { SourcesService } from './sources/service';
import type { AssetService } from './assets/service';
import type { PublishingService } from './publishing/service';
import type { ReviewService } from './review/service';
import type { SettingsService } from './settings/service';
import type { StyleService } from './style/service';
import type { ChangesService } from './review/changes-service';
import type { NewsroomService } from './newsroom/membership/service';
import type { HeldEditsService } from './newsroom/replica/held-service';
import type { LiveRelay } from './newsroom/live/relay';

/**
 * Every service the router dispatches to. Kept apart from the composition root
 * (./services.ts, which imports the router) so that handlers can name it without an import circle.
 */
export interface Services {
  articles: ArticleService;
  transfer: TransferService;
  auth: AuthService;
  users: UsersService;
  workflow: WorkflowService;
  checks: ChecksService;
  audit: AuditService;
  sources: SourcesService;
  assets: AssetService;
  publishing: PublishingService;
  review: ReviewService;
  settings: SettingsService;
  style: StyleService;
  /** The Changes panel: each person's last looks, and revision comparison ("changes since I last looked"). */
  changes: ChangesService;
  /** Settings → Newsroom: joining and leaving a hub, and the sync state the status bar shows. */
  newsroom: NewsroomService;
  /** Edits the hub refused, held apart on this workstation: discarded or kept as a new draft. */
  heldEdits: HeldEditsService;
  /** Live editing of shared articles: the relay between the windows and the replicas. */
  live: LiveRelay;
}

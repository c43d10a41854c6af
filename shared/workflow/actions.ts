import { z } from 'zod';

/** The steps that move an article between workflow states. */
export const WORKFLOW_ACTIONS = [
  'submit',
  'take',
  'return',
  'pass',
  'approve',
  'schedule',
  'unschedule',
  'publish',
  'correct',
  'unpublish',
  'spike',
  'reopen',
] as const;
export const WorkflowActionSchema = z.enum(WORKFLOW_ACTIONS);
export type WorkflowAction = z.infer<typeof WorkflowActionSchema>;

/** Everything the policy decides about one article: its transitions, and editing its text. */
export type ArticleAction = WorkflowAction | 'edit';

/** How a person would say each step, for refusals ("You can't approve…") and the audit view. */
export const ACTION_VERBS: Record<ArticleAction, string> = {
  submit: 'submit',
  take: 'take',
  return: 'return',
  pass: 'pass to the desk',
  approve: 'approve',
  schedule: 'schedule',
  unschedule: 'unschedule',
  publish: 'publish',
  correct: 'correct',
  unpublish: 'unpublish',
  spike: 'spike',
  reopen: 'reopen',
  edit: 'edit',
};

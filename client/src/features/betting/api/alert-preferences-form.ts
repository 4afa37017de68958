import { z } from 'zod';
import type { ApiBody, ApiResult } from '../../../api/types';
import {
  alertThresholdsShape,
  thresholdApiFields,
  thresholdsOf,
  toThresholdFields,
} from './alert-thresholds';

type Path = '/api/v1/betting/alert-preferences';

export type AlertPreferences = ApiResult<Path, 'get'>;
export type AlertPreferencesBody = ApiBody<Path, 'put'>;

export const WEBHOOK_FORMATS = ['Generic', 'Telegram', 'Discord'] as const;
const CHAT_ID = /^(-?\d+|@[A-Za-z0-9_]+)$/;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** HTTPS, or plain HTTP to this machine only: what the API accepts. */
function allowedUrl(text: string) {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
  } catch {
    return false;
  }
}

/** The alerts form, with the API's rules; numbers are typed as text. An empty URL keeps the stored one. */
export const alertPreferencesSchema = z
  .object({
    ...alertThresholdsShape,
    live: z.boolean(),
    email: z.boolean(),
    webhook: z.boolean(),
    webhookFormat: z.enum(WEBHOOK_FORMATS),
    webhookUrl: z
      .string()
      .trim()
      .max(500, 'At most 500 characters.')
      .refine((u) => u === '' || allowedUrl(u), 'Use an HTTPS URL (plain HTTP only to this machine).'),
    telegramChatId: z
      .string()
      .trim()
      .max(64, 'At most 64 characters.')
      .refine((c) => c === '' || CHAT_ID.test(c), 'A chat id is a number or @channel.'),
    rotateWebhookSecret: z.boolean(),
  })
  .refine((v) => v.webhookFormat !== 'Telegram' || v.telegramChatId !== '', {
    path: ['telegramChatId'],
    message: 'Telegram needs the chat id to post to.',
  });

export type AlertFormValues = z.input<typeof alertPreferencesSchema>;
export type AlertValues = z.output<typeof alertPreferencesSchema>;

export const toAlertFormValues = (p: AlertPreferences): AlertFormValues => ({
  ...toThresholdFields(p.thresholds),
  live: p.live,
  email: p.email,
  webhook: p.webhook,
  webhookFormat: p.webhookFormat,
  webhookUrl: '',
  telegramChatId: p.telegramChatId ?? '',
  rotateWebhookSecret: false,
});

/** What the API takes: an empty URL field keeps the stored URL (left out); `removeWebhook` sends ''. */
export function toAlertBody(v: AlertValues, removeWebhook = false): AlertPreferencesBody {
  const url = removeWebhook ? { webhookUrl: '' } : v.webhookUrl === '' ? {} : { webhookUrl: v.webhookUrl };
  return {
    thresholds: thresholdsOf(v),
    live: v.live,
    email: v.email,
    webhook: removeWebhook ? false : v.webhook,
    webhookFormat: v.webhookFormat,
    telegramChatId: v.webhookFormat === 'Telegram' ? v.telegramChatId : null,
    rotateWebhookSecret: v.rotateWebhookSecret,
    ...url,
  };
}

/** The API's name of each form field, where they differ. */
export const ALERT_API_FIELDS: Partial<Record<keyof AlertFormValues, string>> =
  thresholdApiFields('thresholds');

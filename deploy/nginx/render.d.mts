// Types of render.mjs for the TypeScript tests and benchmark that render the template.
export declare const TEMPLATE_FILE: string;
export declare const SETTINGS: Record<SettingName, string>;
export type SettingName =
  | 'LISTEN'
  | 'SERVER_NAME'
  | 'UPSTREAMS'
  | 'CACHE_DIR'
  | 'CACHE_MAX_SIZE'
  | 'LOG_DIR'
  | 'TEMP_DIR'
  | 'PID_FILE'
  | 'WORKER_PROCESSES'
  | 'MIME_TYPES'
  | 'USER'
  | 'PURGE_SECRET'
  | 'EXTRA_HTTP_CONFIG';
export declare function renderNginxConfig(overrides?: Partial<Record<SettingName, string>>, template?: string): string;

/** Colour pairs of status badges, each checked for contrast by axe in the browser tests. */
const TONES = {
  warn: { background: '#fff1c2', color: '#4a3500' },
  ok: { background: '#d4efdf', color: '#0b3d2a' },
  bad: { background: '#f9d7d7', color: '#5f0d0f' },
  neutral: { background: '#e3e3e3', color: '#1a1f24' },
  info: { background: '#e3eaf1', color: '#1a1f24' },
} as const;
export type Tone = keyof typeof TONES;

/** Takedown notices: taken down (bad), countered (waiting), and how they ended. */
export const NOTICE_TONE = { actioned: 'bad', countered: 'warn', upheld: 'neutral', reinstated: 'ok', withdrawn: 'info' } as const satisfies Record<
  string,
  Tone
>;

/** Brand registrations: pending (waiting), active, rejected, and closed ones. */
export const REGISTRATION_TONE = { pending: 'warn', active: 'ok', rejected: 'bad', withdrawn: 'neutral', lapsed: 'neutral' } as const satisfies Record<
  string,
  Tone
>;

/** A status as a coloured badge with its words (never colour alone). */
export function StatusBadge({ tone, status, children }: { tone: Tone; status?: string; children: string }) {
  return (
    <span className="badge" style={TONES[tone]} data-status={status}>
      {children}
    </span>
  );
}

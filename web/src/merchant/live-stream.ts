import { tokenStore } from '../api/client';

/** One event of the platform's stream, as `GET /api/events/stream` sends it in `data:`. */
export interface StreamEvent {
  id: string;
  type: string;
  merchant_id: string | null;
  subject_id: string;
  location_id: string | null;
  occurred_at: string;
  data: Record<string, unknown>;
}

/** One Server-Sent Events message: its `id:`, `event:` and (joined) `data:` lines. */
export interface SseMessage {
  id: string | null;
  event: string;
  data: string;
  retry: number | null;
}

/**
 * Splits what has arrived so far into complete messages (a blank line ends one) and the
 * unfinished rest, which waits for more bytes. Comments (`: keep-alive`) make no message.
 */
export function parseSse(buffer: string): { messages: SseMessage[]; rest: string } {
  const text = buffer.replace(/\r\n?/g, '\n');
  const blocks = text.split('\n\n');
  const rest = blocks.pop() ?? '';
  const messages: SseMessage[] = [];
  for (const block of blocks) {
    let id: string | null = null;
    let event = 'message';
    let retry: number | null = null;
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line === '' || line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      let value = colon === -1 ? '' : line.slice(colon + 1);
      if (value.startsWith(' ')) value = value.slice(1);
      if (field === 'id') id = value;
      else if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
      else if (field === 'retry' && /^\d+$/.test(value)) retry = Number(value);
    }
    if (data.length > 0 || retry !== null) messages.push({ id, event, data: data.join('\n'), retry });
  }
  return { messages, rest };
}

export type StreamState = 'connecting' | 'live' | 'reconnecting' | 'denied';

/**
 * Reads the event stream with the session's bearer token (EventSource cannot send one) and keeps
 * it open: after a drop it reconnects with `last-event-id`, so the server replays what was missed.
 * Returns the function that closes it for good.
 */
export function openEventStream(opts: {
  types: string;
  merchantId?: string | null;
  onEvent: (e: StreamEvent) => void;
  onState: (s: StreamState) => void;
}): () => void {
  const controller = new AbortController();
  let lastId: string | null = null;
  let delay = 1000;
  let failures = 0;

  const connectOnce = async (): Promise<'again' | 'stop'> => {
    const query = new URLSearchParams({ types: opts.types });
    if (opts.merchantId) query.set('merchant_id', opts.merchantId);
    const headers: Record<string, string> = { accept: 'text/event-stream' };
    const token = tokenStore.get();
    if (token) headers.authorization = `Bearer ${token}`;
    if (lastId) headers['last-event-id'] = lastId;
    const res = await fetch(`/api/events/stream?${query}`, { headers, signal: controller.signal, cache: 'no-store' });
    if (res.status === 401 || res.status === 403) return 'stop';
    if (!res.ok || !res.body) return 'again';
    opts.onState('live');
    failures = 0;
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return 'again';
      buffer += decoder.decode(value, { stream: true });
      const { messages, rest } = parseSse(buffer);
      buffer = rest;
      for (const m of messages) {
        if (m.retry !== null) delay = Math.max(500, m.retry);
        if (m.id) lastId = m.id;
        if (!m.data) continue;
        try {
          opts.onEvent(JSON.parse(m.data) as StreamEvent);
        } catch {
          // A message that is not an event's JSON is skipped; the stream goes on.
        }
      }
    }
  };

  void (async () => {
    opts.onState('connecting');
    while (!controller.signal.aborted) {
      let outcome: 'again' | 'stop';
      try {
        outcome = await connectOnce();
      } catch {
        outcome = 'again';
      }
      if (controller.signal.aborted) return;
      if (outcome === 'stop') return opts.onState('denied');
      opts.onState('reconnecting');
      failures += 1;
      // Back off while the server stays away (1 s, 2 s, 4 s … at most 15 s).
      const wait = Math.min(15_000, delay * 2 ** Math.min(failures - 1, 4));
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  })();

  return () => controller.abort();
}

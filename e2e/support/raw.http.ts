import { request } from 'node:http';
import { connect } from 'node:net';

export interface RawAnswer {
  /** The status of the first response line, or null when the server closed (or went quiet) without one. */
  status: number | null;
  /** Everything the server sent, as latin1 text. */
  text: string;
  /** The server kept the socket open past the timeout. */
  timedOut: boolean;
}

/**
 * Sends raw bytes to a port over a real socket and collects the answer: for requests no HTTP client would send
 * (bad request lines, escapes, headers). Ends its side a little after writing when no answer has come (an
 * incomplete request), so the server has to decide about it.
 */
export function rawRequest(
  port: number,
  bytes: string | Buffer,
  timeoutMs = 3000,
  endAfterMs = 300,
): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = connect({ port, host: '127.0.0.1' });
    let done = false;
    const finish = (timedOut: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      const text = Buffer.concat(chunks).toString('latin1');
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      resolve({ status: m ? Number(m[1]) : null, text, timedOut });
    };
    const timer = setTimeout(() => finish(true), timeoutMs);
    socket.on('data', (c) => {
      chunks.push(c);
      // One whole response head is all a test needs; an upgrade that was accepted would otherwise stay open.
      if (Buffer.concat(chunks).includes('\r\n\r\n')) setTimeout(() => finish(false), 20);
    });
    socket.on('error', () => finish(false));
    socket.on('close', () => finish(false));
    socket.on('connect', () => {
      socket.write(bytes);
      setTimeout(() => {
        if (!done) socket.end();
      }, endAfterMs);
    });
  });
}

/** A GET with headers fetch() will not send (Host, several Cookie lines); resolves with the status and headers. */
export function getWith(
  url: string,
  headers: Record<string, string | string[]>,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers, setHost: !('Host' in headers) }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

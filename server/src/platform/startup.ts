import net from 'node:net';

/** A start that cannot go on for a reason the person starting it can fix: shown as one line, no stack. */
export class StartupError extends Error {
  override name = 'StartupError';
}

/** The one line for a port that something else holds. */
export function portInUse(variable: string, port: number, host = '127.0.0.1'): string {
  return `${variable} ${port} on ${host} is already in use (is the app already running?). Stop that program or choose another port, e.g. ${variable}=${port + 1}.`;
}

/**
 * Whether host:port can be listened on; when it cannot, one line naming the port and the
 * setting to change. The probe listens and closes at once.
 */
export function portProblem(host: string, port: number, variable: string): Promise<string | null> {
  if (port === 0) return Promise.resolve(null);
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') resolve(portInUse(variable, port, host));
      else if (error.code === 'EACCES') resolve(`${variable} ${port} on ${host} may not be used by this user. Choose a port above 1024, e.g. ${variable}=4000.`);
      else if (error.code === 'EADDRNOTAVAIL') resolve(`HOST ${host} is not an address of this machine. Use 127.0.0.1, or 0.0.0.0 for all addresses.`);
      else resolve(`${variable} ${port} on ${host} cannot be listened on: ${error.message}`);
    });
    probe.listen(port, host, () => probe.close(() => resolve(null)));
  });
}

/** Whether something already accepts connections on 127.0.0.1:port. */
export function portAnswers(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

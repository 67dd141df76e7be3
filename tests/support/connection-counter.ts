import { createServer, type Socket } from 'node:net';

/**
 * A TCP listener standing where the relay would be: every WebSocket, fetch or probe towards it is a
 * connection, counted, whatever the browser part that made it (a page or the extension's worker).
 */
export async function countConnections(port = 0): Promise<{ port: number; count: () => number; close: () => Promise<void> }> {
  const sockets: Socket[] = [];
  const server = createServer((socket) => sockets.push(socket));
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done());
  });
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : port,
    count: () => sockets.length,
    close: () => {
      sockets.forEach((socket) => socket.destroy());
      return new Promise((done) => server.close(() => done()));
    },
  };
}

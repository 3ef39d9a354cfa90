import { useConnection, useHostVersion } from './store/selectors';

export function App() {
  const connection = useConnection();
  const version = useHostVersion();
  return (
    <main>
      <h1>Tactful</h1>
      <p role="status" data-connection={connection.status}>
        {connection.status === 'open'
          ? `Connected to Tactful ${version ?? ''}`
          : connection.status === 'connecting'
            ? 'Connecting…'
            : 'Disconnected'}
      </p>
    </main>
  );
}

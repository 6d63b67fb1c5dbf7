import { createRoot } from 'react-dom/client';

// The floor the bench compares against: React 19 and ReactDOM rendering one element, nothing else.
createRoot(document.getElementById('root')!).render(<h1>Hello</h1>);

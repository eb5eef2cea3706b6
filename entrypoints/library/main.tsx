import { render } from 'preact';

render(<h1>CPV Reader</h1>, document.getElementById('app')!);

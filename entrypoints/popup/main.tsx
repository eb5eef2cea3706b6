import { render } from 'preact';

render(<p>CPV Reader</p>, document.getElementById('app')!);

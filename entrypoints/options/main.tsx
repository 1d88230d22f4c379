import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { t } from '../../lib/i18n';
import { Options } from './Options';
import '../../components/card.css';
import './options.css';

document.title = t('optionsTitle');
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <Options />
  </StrictMode>,
);

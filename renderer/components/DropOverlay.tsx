/**
 * The overlay shown while files are dragged over the window.
 */
import { INTERCHANGE_IMPORT_EXTENSIONS } from '../../shared/export-formats.js';
import { MAIN_EXTENSIONS } from '../../shared/formats.js';

/** Props of <DropOverlay>. */
export interface DropOverlayProps {
  visible: boolean;
}

/** Tells the researcher that dropping imports. */
export function DropOverlay({ visible }: DropOverlayProps) {
  if (!visible) return null;
  return (
    <div className="drop-overlay" data-testid="drop-overlay">
      <div className="drop-overlay__box">
        <p className="drop-overlay__title">Drop to import</p>
        <p className="drop-overlay__hint">Files and folders: {MAIN_EXTENSIONS.join(', ')}</p>
        <p className="drop-overlay__hint">Annotations and QDA projects: {INTERCHANGE_IMPORT_EXTENSIONS.join(', ')}</p>
      </div>
    </div>
  );
}

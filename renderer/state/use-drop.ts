/**
 * Drag-and-drop import: files and folders dropped anywhere on the window. Folders are walked
 * with webkitGetAsEntry (Chromium, and so Electron, support it).
 */
import { useEffect, useRef, useState } from 'react';
import { droppedItems, fromFileList, walkEntries, type LocalFailure, type PickedFile } from '../lib/files.js';

function carriesFiles(e: DragEvent): boolean {
  return e.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * Listens for file drops while `enabled`; returns whether files are being dragged over the
 * window (to show the drop overlay).
 */
export function useDropImport(enabled: boolean, onDrop: (files: PickedFile[], failed: LocalFailure[]) => void): boolean {
  const [dragging, setDragging] = useState(false);
  const latest = useRef(onDrop);
  useEffect(() => {
    latest.current = onDrop;
  });

  useEffect(() => {
    if (!enabled) return;
    // dragenter/dragleave fire for every child element; count them to know when we really left.
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth++;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      // Without preventDefault the browser would open the dropped file instead.
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e) || !e.dataTransfer) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const { entries, files } = droppedItems(e.dataTransfer);
      if (entries.length === 0) {
        if (files.length > 0) latest.current(fromFileList(files), []);
        return;
      }
      void walkEntries(entries).then(({ files: walked, failed }) => latest.current(walked, failed));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
      setDragging(false);
    };
  }, [enabled]);

  return dragging;
}

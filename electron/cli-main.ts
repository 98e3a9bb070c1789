/** Entry point of the bundled CLI (dist/electron/cli.mjs). */
import { main } from './cli.js';

void main(process.argv);

import { main } from './main.js';
import { endQuietlyOnClosedPipe } from './output.js';

endQuietlyOnClosedPipe();
process.exitCode = await main(process.argv);

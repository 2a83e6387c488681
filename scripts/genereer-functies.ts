import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { alleFuncties } from '../core/functies';
import { functiesBron } from './functies-bron';

const doel = join(__dirname, '..', '..', 'addin', 'functions', 'functions.ts');
writeFileSync(doel, functiesBron(alleFuncties));
process.stdout.write(`${doel} geschreven (${alleFuncties.length} functies)\n`);

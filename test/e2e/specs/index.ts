import type { Spec } from '../harness/runner';
import { accessibilitySpecs } from './accessibility';
import { backgroundSpecs } from './background';
import { librarySpecs } from './library';
import { pageSpecs } from './pages';

export const ALL_SPECS: Spec[] = [...pageSpecs, ...backgroundSpecs, ...librarySpecs, ...accessibilitySpecs];

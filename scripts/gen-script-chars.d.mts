export const OUTPUT: string;
export function scriptCharClasses(): {
  simplifiedOnly: string;
  traditionalOnly: string;
  hongKongForms: string;
  hongKongOnly: string;
  taiwanForms: string;
};
export function generateScriptCharsModule(): Promise<string>;

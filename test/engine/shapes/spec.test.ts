/** described(): a factory's shapes carry the factory and the arguments they were made with. */
import { rateCapped, upToCap } from "../../../src/engine/shapes";

describe("described shape factories", () => {
  it("keeps the call on the shape it returns", () => {
    const base = { param: "investment", label: { en: "Investment", zh: "投资" } };
    const shape = rateCapped(base, "rate");
    expect(shape.spec).toEqual({ factory: rateCapped, args: [base, "rate"] });
    expect(upToCap("requested").spec?.factory).toBe(upToCap);
  });
});

// Minimal stand-in for the CustomFunctions global that Excel's runtime provides.
class CFError extends Error {
  constructor(
    public code: string,
    message?: string
  ) {
    super(message);
  }
}
const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};
(globalThis as any).CustomFunctions = { Error: CFError, ErrorCode, associate: () => undefined };

import ts from "typescript";
import { ANY, type Field, intersectionOf, type Shape, unionOf } from "./shape.js";

/**
 * The shape of a TypeScript type of the SDK, read through the type checker: unions merged, literal
 * unions as enums, `T | null` nullable, optional properties not required, `undefined` dropped.
 */
export function sdkShape(
  checker: ts.TypeChecker,
  type: ts.Type,
  seen: ReadonlySet<ts.Type> = new Set(),
): Shape {
  if (seen.has(type)) return ANY;
  const inner = new Set(seen).add(type);
  const f = type.flags;
  if (f & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return ANY;
  if (f & ts.TypeFlags.Null) return { kinds: ["null"] };
  if (f & ts.TypeFlags.StringLiteral)
    return { kinds: ["string"], enum: [(type as ts.StringLiteralType).value] };
  if (f & ts.TypeFlags.NumberLiteral)
    return { kinds: ["number"], enum: [(type as ts.NumberLiteralType).value] };
  if (f & ts.TypeFlags.StringLike) return { kinds: ["string"] };
  if (f & ts.TypeFlags.NumberLike) return { kinds: ["number"] };
  if (f & ts.TypeFlags.BooleanLike) return { kinds: ["boolean"] };
  if (type.isUnion()) {
    const members = type.types.filter(
      (t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)),
    );
    if (members.length === 0) return ANY;
    return members.map((t) => sdkShape(checker, t, inner)).reduce(unionOf);
  }
  if (type.isIntersection()) {
    return type.types.map((t) => sdkShape(checker, t, inner)).reduce(intersectionOf);
  }
  if (checker.isArrayType(type) || checker.isTupleType(type)) {
    const [item] = checker.getTypeArguments(type as ts.TypeReference);
    return { kinds: ["array"], items: item ? sdkShape(checker, item, inner) : ANY };
  }
  if (f & ts.TypeFlags.Object) return objectShape(checker, type, inner);
  return ANY;
}

function objectShape(checker: ts.TypeChecker, type: ts.Type, seen: ReadonlySet<ts.Type>): Shape {
  const properties: Record<string, Field> = {};
  for (const symbol of checker.getPropertiesOfType(type)) {
    const declaration = symbol.valueDeclaration ?? symbol.declarations?.[0];
    const propType = declaration
      ? checker.getTypeOfSymbolAtLocation(symbol, declaration)
      : checker.getTypeOfSymbol(symbol);
    properties[symbol.name] = {
      required: (symbol.flags & ts.SymbolFlags.Optional) === 0,
      shape: sdkShape(checker, propType, seen),
    };
  }
  return { kinds: ["object"], properties };
}

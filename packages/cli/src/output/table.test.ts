import { describe, expect, it } from "vitest";
import { cellText, renderRecord, renderTable, valueAt } from "./table.js";

const rows = [
  {
    id: "b1376103",
    name: "Disk encrypted",
    type: "disk_encryption",
    user: { email: "a@example.com" },
  },
  { id: "4684c102", name: "Firewall", type: "firewall", user: null },
];

describe("renderTable", () => {
  it("aligns columns under upper-case headers, dotted columns reaching into objects", () => {
    expect(
      renderTable(rows, ["id", "name", "user.email"], { width: Number.POSITIVE_INFINITY }),
    ).toBe(
      [
        "ID        NAME            USER.EMAIL",
        "b1376103  Disk encrypted  a@example.com",
        "4684c102  Firewall",
        "",
      ].join("\n"),
    );
  });

  it("never cuts an id column, even the widest: descriptive columns shrink instead", () => {
    const uuid = "b1376103-40d1-491f-a01e-f26c84f1a2b3";
    const wide = [{ id: uuid, name: "Disk encrypted", policy_id: uuid }];
    const text = renderTable(wide, ["id", "name", "policy_id"], { width: 60 });
    expect(text.split("\n")[1]).toBe(`${uuid}  Dis…  ${uuid}`);
  });

  it("shrinks the widest column to fit the width, marking cut cells", () => {
    const text = renderTable(rows, ["id", "name", "type"], { width: 30 });
    expect(text.split("\n").every((line) => line.length <= 30)).toBe(true);
    expect(text).toContain("Disk enc…  disk_enc…");
    expect(text).toContain("b1376103");
  });

  it("styles headers only", () => {
    const text = renderTable(rows.slice(0, 1), ["id", "name"], {
      width: 80,
      header: (h) => `<${h}>`,
    });
    expect(text).toBe("<ID      >  <NAME>\nb1376103  Disk encrypted\n");
  });
});

describe("renderRecord", () => {
  it("aligns keys and shows nested values as compact JSON cut to the width", () => {
    const text = renderRecord(
      { id: "a1", enabled: true, input: { path: "/bin/cat", thumbprint: "0aabab210bdb998e9cf4" } },
      { width: 30 },
    );
    expect(text).toBe('id       a1\nenabled  true\ninput    {"path":"/bin/cat","…\n');
  });
});

describe("cellText and valueAt", () => {
  const cases = [
    { given: null, want: "" },
    { given: undefined, want: "" },
    { given: 3, want: "3" },
    { given: false, want: "false" },
    { given: "two\nlines", want: "two lines" },
    { given: ["a", "b"], want: '["a","b"]' },
  ];
  it.each(cases)("cellText($given)", ({ given, want }) => expect(cellText(given)).toBe(want));
  it("walks dotted names and stops at non-objects", () => {
    expect(valueAt(rows[0], "user.email")).toBe("a@example.com");
    expect(valueAt(rows[1], "user.email")).toBeUndefined();
  });
});

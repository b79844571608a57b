SELECT
  *
FROM (
  SELECT
    0 AS "_branch",
    "t7"."_at",
    "t7"."_by",
    CAST("t7"."a0" AS DOUBLE PRECISION) AS "a0",
    CAST("t7"."a1" AS DOUBLE PRECISION) AS "a1"
  FROM (
    SELECT
      "t5"."_at",
      "t5"."_by",
      SUM("t5"."_n") AS "a0",
      SUM("t5"."_n") FILTER(WHERE
        (
          "t5"."_b0" & 1
        ) = 1) AS "a1"
    FROM (
      SELECT
        "t3"."_at",
        "t3"."_by",
        "t3"."_b0",
        COUNT(*) AS "_n"
      FROM (
        SELECT
          "t1"."_at",
          "t1"."_by",
          CASE
            WHEN (
              (
                "t1"."e0" - "t1"."_at"
              ) >= 0
            )
            AND (
              (
                "t1"."e0" - "t1"."_at"
              ) <= 14
            )
            THEN 1
            ELSE 0
          END AS "_b0"
        FROM (
          SELECT
            CAST(FLOOR(
              CAST((
                (
                  CAST(EXTRACT('epoch' FROM "t0"."created_at") AS DOUBLE PRECISION) + CASE
                    WHEN "t0"."created_at" < CAST('2024-11-03T07:00:00+00:00' AS TIMESTAMPTZ(6))
                    THEN -18000
                    WHEN "t0"."created_at" < CAST('2025-03-09T08:00:00+00:00' AS TIMESTAMPTZ(6))
                    THEN -21600
                    WHEN "t0"."created_at" < CAST('2025-11-02T07:00:00+00:00' AS TIMESTAMPTZ(6))
                    THEN -18000
                    WHEN "t0"."created_at" < CAST('2026-03-08T08:00:00+00:00' AS TIMESTAMPTZ(6))
                    THEN -21600
                    WHEN "t0"."created_at" < CAST('2026-11-01T07:00:00+00:00' AS TIMESTAMPTZ(6))
                    THEN -18000
                    ELSE -21600
                  END
                ) - 1730419200
              ) AS DOUBLE PRECISION) / 86400
            ) AS BIGINT) AS "_at",
            TRIM(' 	
' FROM "t0"."lead_source") AS "_by",
            CASE
              WHEN (
                "t0"."meeting_at" >= CAST('2024-10-30T00:00:00+00:00' AS TIMESTAMPTZ(6))
              )
              AND (
                "t0"."meeting_at" < CAST('2026-12-18T00:00:00+00:00' AS TIMESTAMPTZ(6))
              )
              THEN CAST(FLOOR(
                CAST((
                  (
                    CAST(EXTRACT('epoch' FROM "t0"."meeting_at") AS DOUBLE PRECISION) + CASE
                      WHEN "t0"."meeting_at" < CAST('2024-11-03T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      THEN -18000
                      WHEN "t0"."meeting_at" < CAST('2025-03-09T08:00:00+00:00' AS TIMESTAMPTZ(6))
                      THEN -21600
                      WHEN "t0"."meeting_at" < CAST('2025-11-02T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      THEN -18000
                      WHEN "t0"."meeting_at" < CAST('2026-03-08T08:00:00+00:00' AS TIMESTAMPTZ(6))
                      THEN -21600
                      WHEN "t0"."meeting_at" < CAST('2026-11-01T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      THEN -18000
                      ELSE -21600
                    END
                  ) - 1730419200
                ) AS DOUBLE PRECISION) / 86400
              ) AS BIGINT)
              ELSE CAST(NULL AS BIGINT)
            END AS "e0"
          FROM "crm"."leads" AS "t0"
          WHERE
            "t0"."created_at" >= CAST('2024-10-31T00:00:00+00:00' AS TIMESTAMPTZ(6))
            AND "t0"."created_at" < CAST('2026-11-17T00:00:00+00:00' AS TIMESTAMPTZ(6))
            AND 0 = 0
        ) AS "t1"
      ) AS "t3"
      GROUP BY
        1,
        2,
        3
    ) AS "t5"
    GROUP BY
      1,
      2
  ) AS "t7"
) AS "t9"
UNION ALL
SELECT
  *
FROM (
  SELECT
    1 AS "_branch",
    "t8"."_at",
    "t8"."_by",
    CAST("t8"."a0" AS DOUBLE PRECISION) AS "a0",
    CAST("t8"."a1" AS DOUBLE PRECISION) AS "a1"
  FROM (
    SELECT
      "t6"."_at",
      "t6"."_by",
      SUM("t6"."_n") FILTER(WHERE
        (
          "t6"."_b0" & 1
        ) = 1) AS "a0",
      SUM("t6"."_n") FILTER(WHERE
        (
          "t6"."_b0" & 3
        ) = 3) AS "a1"
    FROM (
      SELECT
        "t4"."_at",
        "t4"."_by",
        "t4"."_b0",
        COUNT(*) AS "_n"
      FROM (
        SELECT
          "t2"."_at",
          "t2"."_by",
          "t2"."_b0" + CASE
            WHEN (
              (
                "t2"."e0" - "t2"."_at"
              ) >= 0
            )
            AND (
              (
                "t2"."e0" - "t2"."_at"
              ) <= 30
            )
            THEN 2
            ELSE 0
          END AS "_b0"
        FROM (
          SELECT
            CAST(FLOOR(
              CAST((
                (
                  CAST(EXTRACT('epoch' FROM "t0"."meeting_at") AS DOUBLE PRECISION) + CASE
                    WHEN "t0"."meeting_at" < CAST('2024-11-03T07:00:00+00:00' AS TIMESTAMPTZ(6))
                    THEN -18000
                    WHEN "t0"."meeting_at" < CAST('2025-03-09T08:00:00+00:00' AS TIMESTAMPTZ(6))
                    THEN -21600
                    WHEN "t0"."meeting_at" < CAST('2025-11-02T07:00:00+00:00' AS TIMESTAMPTZ(6))
                    THEN -18000
                    WHEN "t0"."meeting_at" < CAST('2026-03-08T08:00:00+00:00' AS TIMESTAMPTZ(6))
                    THEN -21600
                    WHEN "t0"."meeting_at" < CAST('2026-11-01T07:00:00+00:00' AS TIMESTAMPTZ(6))
                    THEN -18000
                    ELSE -21600
                  END
                ) - 1730419200
              ) AS DOUBLE PRECISION) / 86400
            ) AS BIGINT) AS "_at",
            TRIM(' 	
' FROM "t0"."lead_source") AS "_by",
            CASE
              WHEN (
                "t0"."qualified_at" >= CAST('2024-10-30T00:00:00+00:00' AS TIMESTAMPTZ(6))
              )
              AND (
                "t0"."qualified_at" < CAST('2026-12-18T00:00:00+00:00' AS TIMESTAMPTZ(6))
              )
              THEN CAST(FLOOR(
                CAST((
                  (
                    CAST(EXTRACT('epoch' FROM "t0"."qualified_at") AS DOUBLE PRECISION) + CASE
                      WHEN "t0"."qualified_at" < CAST('2024-11-03T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      THEN -18000
                      WHEN "t0"."qualified_at" < CAST('2025-03-09T08:00:00+00:00' AS TIMESTAMPTZ(6))
                      THEN -21600
                      WHEN "t0"."qualified_at" < CAST('2025-11-02T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      THEN -18000
                      WHEN "t0"."qualified_at" < CAST('2026-03-08T08:00:00+00:00' AS TIMESTAMPTZ(6))
                      THEN -21600
                      WHEN "t0"."qualified_at" < CAST('2026-11-01T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      THEN -18000
                      ELSE -21600
                    END
                  ) - 1730419200
                ) AS DOUBLE PRECISION) / 86400
              ) AS BIGINT)
              ELSE CAST(NULL AS BIGINT)
            END AS "e0",
            CASE WHEN "t0"."meeting_at" IS NOT NULL THEN 1 ELSE 0 END AS "_b0"
          FROM "crm"."leads" AS "t0"
          WHERE
            "t0"."meeting_at" >= CAST('2024-10-31T00:00:00+00:00' AS TIMESTAMPTZ(6))
            AND "t0"."meeting_at" < CAST('2026-11-17T00:00:00+00:00' AS TIMESTAMPTZ(6))
            AND 1 = 1
        ) AS "t2"
      ) AS "t4"
      GROUP BY
        1,
        2,
        3
    ) AS "t6"
    GROUP BY
      1,
      2
  ) AS "t8"
) AS "t10"

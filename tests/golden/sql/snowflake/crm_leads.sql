SELECT
  *
FROM (
  SELECT
    0 AS "_branch",
    "t5"."_day",
    "t5"."_by",
    "t5"."a0",
    "t5"."a1"
  FROM (
    SELECT
      "t3"."_day",
      "t3"."_by",
      CAST(COUNT(*) AS DOUBLE) AS "a0",
      CAST(COUNT_IF("t3"."m1") AS DOUBLE) AS "a1"
    FROM (
      SELECT
        TO_DATE(TIMEZONE('America/Chicago', "t1"."created_at")) AS "_day",
        TRIM("t1"."lead_source", ' \t\n\r\f') AS "_by",
        (
          TO_DATE(TIMEZONE('America/Chicago', "t1"."meeting_at")) IS NOT NULL
        )
        AND (
          DATEDIFF(
            DAY,
            TO_DATE(TIMEZONE('America/Chicago', "t1"."created_at")),
            TO_DATE(TIMEZONE('America/Chicago', "t1"."meeting_at"))
          ) >= 0
        )
        AND (
          DATEDIFF(
            DAY,
            TO_DATE(TIMEZONE('America/Chicago', "t1"."created_at")),
            TO_DATE(TIMEZONE('America/Chicago', "t1"."meeting_at"))
          ) <= 14
        ) AS "m1"
      FROM (
        SELECT
          *
        FROM "crm"."leads" AS "t0"
        WHERE
          "t0"."created_at" >= TIMESTAMP_TZ_FROM_PARTS(2024, 10, 31, 0, 0, 0, 0, 'UTC')
          AND "t0"."created_at" < TIMESTAMP_TZ_FROM_PARTS(2026, 11, 17, 0, 0, 0, 0, 'UTC')
      ) AS "t1"
    ) AS "t3"
    GROUP BY
      1,
      2
  ) AS "t5"
) AS "t7"
UNION ALL
SELECT
  *
FROM (
  SELECT
    1 AS "_branch",
    "t6"."_day",
    "t6"."_by",
    "t6"."a0",
    "t6"."a1"
  FROM (
    SELECT
      "t4"."_day",
      "t4"."_by",
      CAST(COUNT_IF("t4"."m2") AS DOUBLE) AS "a0",
      CAST(COUNT_IF("t4"."m3") AS DOUBLE) AS "a1"
    FROM (
      SELECT
        TO_DATE(TIMEZONE('America/Chicago', "t2"."meeting_at")) AS "_day",
        TRIM("t2"."lead_source", ' \t\n\r\f') AS "_by",
        "t2"."meeting_at" IS NOT NULL AS "m2",
        (
          "t2"."meeting_at" IS NOT NULL
        )
        AND (
          (
            TO_DATE(TIMEZONE('America/Chicago', "t2"."qualified_at")) IS NOT NULL
          )
          AND (
            DATEDIFF(
              DAY,
              TO_DATE(TIMEZONE('America/Chicago', "t2"."meeting_at")),
              TO_DATE(TIMEZONE('America/Chicago', "t2"."qualified_at"))
            ) >= 0
          )
          AND (
            DATEDIFF(
              DAY,
              TO_DATE(TIMEZONE('America/Chicago', "t2"."meeting_at")),
              TO_DATE(TIMEZONE('America/Chicago', "t2"."qualified_at"))
            ) <= 30
          )
        ) AS "m3"
      FROM (
        SELECT
          *
        FROM "crm"."leads" AS "t0"
        WHERE
          "t0"."meeting_at" >= TIMESTAMP_TZ_FROM_PARTS(2024, 10, 31, 0, 0, 0, 0, 'UTC')
          AND "t0"."meeting_at" < TIMESTAMP_TZ_FROM_PARTS(2026, 11, 17, 0, 0, 0, 0, 'UTC')
      ) AS "t2"
    ) AS "t4"
    GROUP BY
      1,
      2
  ) AS "t6"
) AS "t8"

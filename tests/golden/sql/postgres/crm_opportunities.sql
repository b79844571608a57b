SELECT
  *
FROM (
  SELECT
    *
  FROM (
    SELECT
      *
    FROM (
      SELECT
        *
      FROM (
        SELECT
          2 AS "_branch",
          "t79"."_at",
          CAST(NULL AS VARCHAR) AS "_by",
          CAST("t79"."a0" AS DOUBLE PRECISION) AS "a0",
          "t79"."a1",
          CAST(NULL AS DOUBLE PRECISION) AS "a2",
          CAST(NULL AS DOUBLE PRECISION) AS "a3",
          CAST(NULL AS DOUBLE PRECISION) AS "a4",
          CAST(NULL AS DOUBLE PRECISION) AS "a5"
        FROM (
          SELECT
            "t49"."_span" AS "_at",
            COUNT(DISTINCT "t49"."v0") FILTER(WHERE
              (
                (
                  "t49"."_b0" & 1
                ) = 1
              )
              AND (
                (
                  "t49"."_span" IS NOT NULL
                ) AND (
                  "t49"."v0" IS NOT NULL
                )
              )) AS "a0",
            (
              (
                ARRAY_AGG("t49"."v1" ORDER BY "t49"."v1" ASC) FILTER(WHERE
                  "t49"."v1" IS NOT NULL
                  AND (
                    (
                      "t49"."_b0" & 1
                    ) = 1
                  )
                  AND (
                    (
                      "t49"."_span" IS NOT NULL
                    ) AND (
                      "t49"."v1" IS NOT NULL
                    )
                  ))
              )[CASE
                WHEN CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t49"."v1" ORDER BY "t49"."v1" ASC) FILTER(WHERE
                      "t49"."v1" IS NOT NULL
                      AND (
                        (
                          "t49"."_b0" & 1
                        ) = 1
                      )
                      AND (
                        (
                          "t49"."_span" IS NOT NULL
                        ) AND (
                          "t49"."v1" IS NOT NULL
                        )
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.5
                ) AS BIGINT) < 0
                THEN CARDINALITY(
                  ARRAY_AGG("t49"."v1" ORDER BY "t49"."v1" ASC) FILTER(WHERE
                    "t49"."v1" IS NOT NULL
                    AND (
                      (
                        "t49"."_b0" & 1
                      ) = 1
                    )
                    AND (
                      (
                        "t49"."_span" IS NOT NULL
                      ) AND (
                        "t49"."v1" IS NOT NULL
                      )
                    ))
                ) + (
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t49"."v1" ORDER BY "t49"."v1" ASC) FILTER(WHERE
                        "t49"."v1" IS NOT NULL
                        AND (
                          (
                            "t49"."_b0" & 1
                          ) = 1
                        )
                        AND (
                          (
                            "t49"."_span" IS NOT NULL
                          ) AND (
                            "t49"."v1" IS NOT NULL
                          )
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) AS BIGINT) + 1
                )
                ELSE CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t49"."v1" ORDER BY "t49"."v1" ASC) FILTER(WHERE
                      "t49"."v1" IS NOT NULL
                      AND (
                        (
                          "t49"."_b0" & 1
                        ) = 1
                      )
                      AND (
                        (
                          "t49"."_span" IS NOT NULL
                        ) AND (
                          "t49"."v1" IS NOT NULL
                        )
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.5
                ) AS BIGINT) + 1
              END] * (
                1 - (
                  (
                    CAST(CARDINALITY(
                      ARRAY_AGG("t49"."v1" ORDER BY "t49"."v1" ASC) FILTER(WHERE
                        "t49"."v1" IS NOT NULL
                        AND (
                          (
                            "t49"."_b0" & 1
                          ) = 1
                        )
                        AND (
                          (
                            "t49"."_span" IS NOT NULL
                          ) AND (
                            "t49"."v1" IS NOT NULL
                          )
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) - CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t49"."v1" ORDER BY "t49"."v1" ASC) FILTER(WHERE
                        "t49"."v1" IS NOT NULL
                        AND (
                          (
                            "t49"."_b0" & 1
                          ) = 1
                        )
                        AND (
                          (
                            "t49"."_span" IS NOT NULL
                          ) AND (
                            "t49"."v1" IS NOT NULL
                          )
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) AS BIGINT)
                )
              )
            ) + (
              (
                ARRAY_AGG("t49"."v1" ORDER BY "t49"."v1" ASC) FILTER(WHERE
                  "t49"."v1" IS NOT NULL
                  AND (
                    (
                      "t49"."_b0" & 1
                    ) = 1
                  )
                  AND (
                    (
                      "t49"."_span" IS NOT NULL
                    ) AND (
                      "t49"."v1" IS NOT NULL
                    )
                  ))
              )[CASE
                WHEN LEAST(
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t49"."v1" ORDER BY "t49"."v1" ASC) FILTER(WHERE
                        "t49"."v1" IS NOT NULL
                        AND (
                          (
                            "t49"."_b0" & 1
                          ) = 1
                        )
                        AND (
                          (
                            "t49"."_span" IS NOT NULL
                          ) AND (
                            "t49"."v1" IS NOT NULL
                          )
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) AS BIGINT) + 1,
                  CARDINALITY(
                    ARRAY_AGG("t49"."v1" ORDER BY "t49"."v1" ASC) FILTER(WHERE
                      "t49"."v1" IS NOT NULL
                      AND (
                        (
                          "t49"."_b0" & 1
                        ) = 1
                      )
                      AND (
                        (
                          "t49"."_span" IS NOT NULL
                        ) AND (
                          "t49"."v1" IS NOT NULL
                        )
                      ))
                  ) - 1
                ) < 0
                THEN CARDINALITY(
                  ARRAY_AGG("t49"."v1" ORDER BY "t49"."v1" ASC) FILTER(WHERE
                    "t49"."v1" IS NOT NULL
                    AND (
                      (
                        "t49"."_b0" & 1
                      ) = 1
                    )
                    AND (
                      (
                        "t49"."_span" IS NOT NULL
                      ) AND (
                        "t49"."v1" IS NOT NULL
                      )
                    ))
                ) + (
                  LEAST(
                    CAST(FLOOR(
                      CAST(CARDINALITY(
                        ARRAY_AGG("t49"."v1" ORDER BY "t49"."v1" ASC) FILTER(WHERE
                          "t49"."v1" IS NOT NULL
                          AND (
                            (
                              "t49"."_b0" & 1
                            ) = 1
                          )
                          AND (
                            (
                              "t49"."_span" IS NOT NULL
                            ) AND (
                              "t49"."v1" IS NOT NULL
                            )
                          ))
                      ) - 1 AS DOUBLE PRECISION) * 0.5
                    ) AS BIGINT) + 1,
                    CARDINALITY(
                      ARRAY_AGG("t49"."v1" ORDER BY "t49"."v1" ASC) FILTER(WHERE
                        "t49"."v1" IS NOT NULL
                        AND (
                          (
                            "t49"."_b0" & 1
                          ) = 1
                        )
                        AND (
                          (
                            "t49"."_span" IS NOT NULL
                          ) AND (
                            "t49"."v1" IS NOT NULL
                          )
                        ))
                    ) - 1
                  ) + 1
                )
                ELSE LEAST(
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t49"."v1" ORDER BY "t49"."v1" ASC) FILTER(WHERE
                        "t49"."v1" IS NOT NULL
                        AND (
                          (
                            "t49"."_b0" & 1
                          ) = 1
                        )
                        AND (
                          (
                            "t49"."_span" IS NOT NULL
                          ) AND (
                            "t49"."v1" IS NOT NULL
                          )
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) AS BIGINT) + 1,
                  CARDINALITY(
                    ARRAY_AGG("t49"."v1" ORDER BY "t49"."v1" ASC) FILTER(WHERE
                      "t49"."v1" IS NOT NULL
                      AND (
                        (
                          "t49"."_b0" & 1
                        ) = 1
                      )
                      AND (
                        (
                          "t49"."_span" IS NOT NULL
                        ) AND (
                          "t49"."v1" IS NOT NULL
                        )
                      ))
                  ) - 1
                ) + 1
              END] * (
                (
                  CAST(CARDINALITY(
                    ARRAY_AGG("t49"."v1" ORDER BY "t49"."v1" ASC) FILTER(WHERE
                      "t49"."v1" IS NOT NULL
                      AND (
                        (
                          "t49"."_b0" & 1
                        ) = 1
                      )
                      AND (
                        (
                          "t49"."_span" IS NOT NULL
                        ) AND (
                          "t49"."v1" IS NOT NULL
                        )
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.5
                ) - CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t49"."v1" ORDER BY "t49"."v1" ASC) FILTER(WHERE
                      "t49"."v1" IS NOT NULL
                      AND (
                        (
                          "t49"."_b0" & 1
                        ) = 1
                      )
                      AND (
                        (
                          "t49"."_span" IS NOT NULL
                        ) AND (
                          "t49"."v1" IS NOT NULL
                        )
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.5
                ) AS BIGINT)
              )
            ) AS "a1"
          FROM (
            SELECT
              "t24"."_at",
              "t24"."v0",
              "t24"."v1",
              "t24"."_b0",
              CASE
                WHEN "t24"."_at" < 591
                THEN CASE
                  WHEN "t24"."_at" < 304
                  THEN CASE
                    WHEN "t24"."_at" < 120
                    THEN CASE
                      WHEN "t24"."_at" < 30
                      THEN CASE WHEN "t24"."_at" < 0 THEN CAST(NULL AS BIGINT) ELSE 30 END
                      ELSE CASE
                        WHEN "t24"."_at" < 61
                        THEN 31
                        ELSE CASE WHEN "t24"."_at" < 92 THEN 32 ELSE 33 END
                      END
                    END
                    ELSE CASE
                      WHEN "t24"."_at" < 212
                      THEN CASE
                        WHEN "t24"."_at" < 151
                        THEN 34
                        ELSE CASE WHEN "t24"."_at" < 181 THEN 35 ELSE 36 END
                      END
                      ELSE CASE
                        WHEN "t24"."_at" < 242
                        THEN 37
                        ELSE CASE WHEN "t24"."_at" < 273 THEN 38 ELSE 39 END
                      END
                    END
                  END
                  ELSE CASE
                    WHEN "t24"."_at" < 457
                    THEN CASE
                      WHEN "t24"."_at" < 380
                      THEN CASE
                        WHEN "t24"."_at" < 334
                        THEN 40
                        ELSE CASE WHEN "t24"."_at" < 365 THEN 41 ELSE 13 END
                      END
                      ELSE CASE
                        WHEN "t24"."_at" < 395
                        THEN CAST(NULL AS BIGINT)
                        ELSE CASE WHEN "t24"."_at" < 426 THEN 19 ELSE 20 END
                      END
                    END
                    ELSE CASE
                      WHEN "t24"."_at" < 546
                      THEN CASE
                        WHEN "t24"."_at" < 485
                        THEN 21
                        ELSE CASE WHEN "t24"."_at" < 516 THEN 22 ELSE 23 END
                      END
                      ELSE CASE
                        WHEN "t24"."_at" < 577
                        THEN 24
                        ELSE CASE WHEN "t24"."_at" < 584 THEN 44 ELSE 45 END
                      END
                    END
                  END
                END
                ELSE CASE
                  WHEN "t24"."_at" < 668
                  THEN CASE
                    WHEN "t24"."_at" < 626
                    THEN CASE
                      WHEN "t24"."_at" < 605
                      THEN CASE WHEN "t24"."_at" < 598 THEN 46 ELSE 47 END
                      ELSE CASE
                        WHEN "t24"."_at" < 612
                        THEN 48
                        ELSE CASE WHEN "t24"."_at" < 619 THEN 49 ELSE 50 END
                      END
                    END
                    ELSE CASE
                      WHEN "t24"."_at" < 647
                      THEN CASE
                        WHEN "t24"."_at" < 633
                        THEN 51
                        ELSE CASE WHEN "t24"."_at" < 640 THEN 52 ELSE 53 END
                      END
                      ELSE CASE
                        WHEN "t24"."_at" < 654
                        THEN 54
                        ELSE CASE WHEN "t24"."_at" < 661 THEN 55 ELSE 56 END
                      END
                    END
                  END
                  ELSE CASE
                    WHEN "t24"."_at" < 710
                    THEN CASE
                      WHEN "t24"."_at" < 689
                      THEN CASE
                        WHEN "t24"."_at" < 675
                        THEN 57
                        ELSE CASE WHEN "t24"."_at" < 682 THEN 58 ELSE 59 END
                      END
                      ELSE CASE
                        WHEN "t24"."_at" < 696
                        THEN 60
                        ELSE CASE WHEN "t24"."_at" < 703 THEN 61 ELSE 0 END
                      END
                    END
                    ELSE CASE
                      WHEN "t24"."_at" < 731
                      THEN CASE
                        WHEN "t24"."_at" < 717
                        THEN 1
                        ELSE CASE WHEN "t24"."_at" < 724 THEN 2 ELSE 3 END
                      END
                      ELSE CASE
                        WHEN "t24"."_at" < 738
                        THEN 4
                        ELSE CASE WHEN "t24"."_at" < 745 THEN 5 ELSE CAST(NULL AS BIGINT) END
                      END
                    END
                  END
                END
              END AS "_span"
            FROM (
              SELECT
                CAST(FLOOR(
                  CAST((
                    (
                      CAST(EXTRACT('epoch' FROM "t6"."closed_at") AS DOUBLE PRECISION) + CASE
                        WHEN "t6"."closed_at" < CAST('2024-11-03T07:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -18000
                        WHEN "t6"."closed_at" < CAST('2025-03-09T08:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -21600
                        WHEN "t6"."closed_at" < CAST('2025-11-02T07:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -18000
                        WHEN "t6"."closed_at" < CAST('2026-03-08T08:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -21600
                        WHEN "t6"."closed_at" < CAST('2026-11-01T07:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -18000
                        ELSE -21600
                      END
                    ) - 1730419200
                  ) AS DOUBLE PRECISION) / 86400
                ) AS BIGINT) AS "_at",
                CASE
                  WHEN (
                    "t6"."customer_id" IS NOT NULL
                  )
                  AND (
                    TRIM(' 	
' FROM "t6"."customer_id") <> ''
                  )
                  THEN TRIM(' 	
' FROM "t6"."customer_id")
                  ELSE NULL
                END AS "v0",
                CAST((
                  CASE
                    WHEN (
                      "t6"."closed_at" >= CAST('2023-09-28T00:00:00+00:00' AS TIMESTAMPTZ(6))
                    )
                    AND (
                      "t6"."closed_at" < CAST('2027-12-20T00:00:00+00:00' AS TIMESTAMPTZ(6))
                    )
                    THEN CAST(EXTRACT('epoch' FROM "t6"."closed_at") AS DOUBLE PRECISION) + CASE
                      WHEN (
                        "t6"."closed_at" >= CAST('2023-11-05T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t6"."closed_at" < CAST('2023-11-05T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t6"."closed_at" >= CAST('2024-11-03T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t6"."closed_at" < CAST('2024-11-03T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t6"."closed_at" >= CAST('2025-11-02T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t6"."closed_at" < CAST('2025-11-02T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t6"."closed_at" >= CAST('2026-11-01T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t6"."closed_at" < CAST('2026-11-01T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t6"."closed_at" >= CAST('2027-11-07T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t6"."closed_at" < CAST('2027-11-07T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      ELSE 0
                    END
                    ELSE CAST(EXTRACT('epoch' FROM TIMEZONE('America/Chicago', TIMEZONE('America/Chicago', "t6"."closed_at"))) AS DOUBLE PRECISION)
                  END - CASE
                    WHEN (
                      "t6"."created_at" >= CAST('2023-09-28T00:00:00+00:00' AS TIMESTAMPTZ(6))
                    )
                    AND (
                      "t6"."created_at" < CAST('2027-12-20T00:00:00+00:00' AS TIMESTAMPTZ(6))
                    )
                    THEN CAST(EXTRACT('epoch' FROM "t6"."created_at") AS DOUBLE PRECISION) + CASE
                      WHEN (
                        "t6"."created_at" >= CAST('2023-11-05T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t6"."created_at" < CAST('2023-11-05T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t6"."created_at" >= CAST('2024-11-03T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t6"."created_at" < CAST('2024-11-03T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t6"."created_at" >= CAST('2025-11-02T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t6"."created_at" < CAST('2025-11-02T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t6"."created_at" >= CAST('2026-11-01T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t6"."created_at" < CAST('2026-11-01T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t6"."created_at" >= CAST('2027-11-07T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t6"."created_at" < CAST('2027-11-07T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      ELSE 0
                    END
                    ELSE CAST(EXTRACT('epoch' FROM TIMEZONE('America/Chicago', TIMEZONE('America/Chicago', "t6"."created_at"))) AS DOUBLE PRECISION)
                  END
                ) AS DOUBLE PRECISION) / 86400.0 AS "v1",
                CASE WHEN "t6"."outcome" = 'won' THEN 1 ELSE 0 END AS "_b0"
              FROM (
                SELECT
                  *
                FROM "crm"."opportunities" AS "t0"
                WHERE
                  "t0"."closed_at" >= CAST('2024-10-31T00:00:00+00:00' AS TIMESTAMPTZ(6))
                  AND "t0"."closed_at" < CAST('2026-11-17T00:00:00+00:00' AS TIMESTAMPTZ(6))
                  AND 2 = 2
              ) AS "t6"
            ) AS "t24"
          ) AS "t49"
          GROUP BY
            1
        ) AS "t79"
      ) AS "t90"
      UNION ALL
      SELECT
        *
      FROM (
        SELECT
          3 AS "_branch",
          "t69"."_at",
          CAST(NULL AS VARCHAR) AS "_by",
          CAST("t69"."a0" AS DOUBLE PRECISION) AS "a0",
          "t69"."a1",
          CAST(NULL AS DOUBLE PRECISION) AS "a2",
          CAST(NULL AS DOUBLE PRECISION) AS "a3",
          CAST(NULL AS DOUBLE PRECISION) AS "a4",
          CAST(NULL AS DOUBLE PRECISION) AS "a5"
        FROM (
          SELECT
            "t39"."_span" AS "_at",
            COUNT(DISTINCT "t39"."v0") FILTER(WHERE
              (
                (
                  "t39"."_b0" & 1
                ) = 1
              )
              AND (
                (
                  "t39"."_span" IS NOT NULL
                ) AND (
                  "t39"."v0" IS NOT NULL
                )
              )) AS "a0",
            (
              (
                ARRAY_AGG("t39"."v1" ORDER BY "t39"."v1" ASC) FILTER(WHERE
                  "t39"."v1" IS NOT NULL
                  AND (
                    (
                      "t39"."_b0" & 1
                    ) = 1
                  )
                  AND (
                    (
                      "t39"."_span" IS NOT NULL
                    ) AND (
                      "t39"."v1" IS NOT NULL
                    )
                  ))
              )[CASE
                WHEN CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t39"."v1" ORDER BY "t39"."v1" ASC) FILTER(WHERE
                      "t39"."v1" IS NOT NULL
                      AND (
                        (
                          "t39"."_b0" & 1
                        ) = 1
                      )
                      AND (
                        (
                          "t39"."_span" IS NOT NULL
                        ) AND (
                          "t39"."v1" IS NOT NULL
                        )
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.5
                ) AS BIGINT) < 0
                THEN CARDINALITY(
                  ARRAY_AGG("t39"."v1" ORDER BY "t39"."v1" ASC) FILTER(WHERE
                    "t39"."v1" IS NOT NULL
                    AND (
                      (
                        "t39"."_b0" & 1
                      ) = 1
                    )
                    AND (
                      (
                        "t39"."_span" IS NOT NULL
                      ) AND (
                        "t39"."v1" IS NOT NULL
                      )
                    ))
                ) + (
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t39"."v1" ORDER BY "t39"."v1" ASC) FILTER(WHERE
                        "t39"."v1" IS NOT NULL
                        AND (
                          (
                            "t39"."_b0" & 1
                          ) = 1
                        )
                        AND (
                          (
                            "t39"."_span" IS NOT NULL
                          ) AND (
                            "t39"."v1" IS NOT NULL
                          )
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) AS BIGINT) + 1
                )
                ELSE CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t39"."v1" ORDER BY "t39"."v1" ASC) FILTER(WHERE
                      "t39"."v1" IS NOT NULL
                      AND (
                        (
                          "t39"."_b0" & 1
                        ) = 1
                      )
                      AND (
                        (
                          "t39"."_span" IS NOT NULL
                        ) AND (
                          "t39"."v1" IS NOT NULL
                        )
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.5
                ) AS BIGINT) + 1
              END] * (
                1 - (
                  (
                    CAST(CARDINALITY(
                      ARRAY_AGG("t39"."v1" ORDER BY "t39"."v1" ASC) FILTER(WHERE
                        "t39"."v1" IS NOT NULL
                        AND (
                          (
                            "t39"."_b0" & 1
                          ) = 1
                        )
                        AND (
                          (
                            "t39"."_span" IS NOT NULL
                          ) AND (
                            "t39"."v1" IS NOT NULL
                          )
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) - CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t39"."v1" ORDER BY "t39"."v1" ASC) FILTER(WHERE
                        "t39"."v1" IS NOT NULL
                        AND (
                          (
                            "t39"."_b0" & 1
                          ) = 1
                        )
                        AND (
                          (
                            "t39"."_span" IS NOT NULL
                          ) AND (
                            "t39"."v1" IS NOT NULL
                          )
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) AS BIGINT)
                )
              )
            ) + (
              (
                ARRAY_AGG("t39"."v1" ORDER BY "t39"."v1" ASC) FILTER(WHERE
                  "t39"."v1" IS NOT NULL
                  AND (
                    (
                      "t39"."_b0" & 1
                    ) = 1
                  )
                  AND (
                    (
                      "t39"."_span" IS NOT NULL
                    ) AND (
                      "t39"."v1" IS NOT NULL
                    )
                  ))
              )[CASE
                WHEN LEAST(
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t39"."v1" ORDER BY "t39"."v1" ASC) FILTER(WHERE
                        "t39"."v1" IS NOT NULL
                        AND (
                          (
                            "t39"."_b0" & 1
                          ) = 1
                        )
                        AND (
                          (
                            "t39"."_span" IS NOT NULL
                          ) AND (
                            "t39"."v1" IS NOT NULL
                          )
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) AS BIGINT) + 1,
                  CARDINALITY(
                    ARRAY_AGG("t39"."v1" ORDER BY "t39"."v1" ASC) FILTER(WHERE
                      "t39"."v1" IS NOT NULL
                      AND (
                        (
                          "t39"."_b0" & 1
                        ) = 1
                      )
                      AND (
                        (
                          "t39"."_span" IS NOT NULL
                        ) AND (
                          "t39"."v1" IS NOT NULL
                        )
                      ))
                  ) - 1
                ) < 0
                THEN CARDINALITY(
                  ARRAY_AGG("t39"."v1" ORDER BY "t39"."v1" ASC) FILTER(WHERE
                    "t39"."v1" IS NOT NULL
                    AND (
                      (
                        "t39"."_b0" & 1
                      ) = 1
                    )
                    AND (
                      (
                        "t39"."_span" IS NOT NULL
                      ) AND (
                        "t39"."v1" IS NOT NULL
                      )
                    ))
                ) + (
                  LEAST(
                    CAST(FLOOR(
                      CAST(CARDINALITY(
                        ARRAY_AGG("t39"."v1" ORDER BY "t39"."v1" ASC) FILTER(WHERE
                          "t39"."v1" IS NOT NULL
                          AND (
                            (
                              "t39"."_b0" & 1
                            ) = 1
                          )
                          AND (
                            (
                              "t39"."_span" IS NOT NULL
                            ) AND (
                              "t39"."v1" IS NOT NULL
                            )
                          ))
                      ) - 1 AS DOUBLE PRECISION) * 0.5
                    ) AS BIGINT) + 1,
                    CARDINALITY(
                      ARRAY_AGG("t39"."v1" ORDER BY "t39"."v1" ASC) FILTER(WHERE
                        "t39"."v1" IS NOT NULL
                        AND (
                          (
                            "t39"."_b0" & 1
                          ) = 1
                        )
                        AND (
                          (
                            "t39"."_span" IS NOT NULL
                          ) AND (
                            "t39"."v1" IS NOT NULL
                          )
                        ))
                    ) - 1
                  ) + 1
                )
                ELSE LEAST(
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t39"."v1" ORDER BY "t39"."v1" ASC) FILTER(WHERE
                        "t39"."v1" IS NOT NULL
                        AND (
                          (
                            "t39"."_b0" & 1
                          ) = 1
                        )
                        AND (
                          (
                            "t39"."_span" IS NOT NULL
                          ) AND (
                            "t39"."v1" IS NOT NULL
                          )
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) AS BIGINT) + 1,
                  CARDINALITY(
                    ARRAY_AGG("t39"."v1" ORDER BY "t39"."v1" ASC) FILTER(WHERE
                      "t39"."v1" IS NOT NULL
                      AND (
                        (
                          "t39"."_b0" & 1
                        ) = 1
                      )
                      AND (
                        (
                          "t39"."_span" IS NOT NULL
                        ) AND (
                          "t39"."v1" IS NOT NULL
                        )
                      ))
                  ) - 1
                ) + 1
              END] * (
                (
                  CAST(CARDINALITY(
                    ARRAY_AGG("t39"."v1" ORDER BY "t39"."v1" ASC) FILTER(WHERE
                      "t39"."v1" IS NOT NULL
                      AND (
                        (
                          "t39"."_b0" & 1
                        ) = 1
                      )
                      AND (
                        (
                          "t39"."_span" IS NOT NULL
                        ) AND (
                          "t39"."v1" IS NOT NULL
                        )
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.5
                ) - CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t39"."v1" ORDER BY "t39"."v1" ASC) FILTER(WHERE
                      "t39"."v1" IS NOT NULL
                      AND (
                        (
                          "t39"."_b0" & 1
                        ) = 1
                      )
                      AND (
                        (
                          "t39"."_span" IS NOT NULL
                        ) AND (
                          "t39"."v1" IS NOT NULL
                        )
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.5
                ) AS BIGINT)
              )
            ) AS "a1"
          FROM (
            SELECT
              "t25"."_at",
              "t25"."v0",
              "t25"."v1",
              "t25"."_b0",
              CASE
                WHEN "t25"."_at" < 380
                THEN CASE WHEN "t25"."_at" < 61 THEN CAST(NULL AS BIGINT) ELSE 17 END
                ELSE CASE
                  WHEN "t25"."_at" < 426
                  THEN CAST(NULL AS BIGINT)
                  ELSE CASE WHEN "t25"."_at" < 745 THEN 16 ELSE CAST(NULL AS BIGINT) END
                END
              END AS "_span"
            FROM (
              SELECT
                CAST(FLOOR(
                  CAST((
                    (
                      CAST(EXTRACT('epoch' FROM "t7"."closed_at") AS DOUBLE PRECISION) + CASE
                        WHEN "t7"."closed_at" < CAST('2025-03-09T08:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -21600
                        WHEN "t7"."closed_at" < CAST('2025-11-02T07:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -18000
                        WHEN "t7"."closed_at" < CAST('2026-03-08T08:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -21600
                        WHEN "t7"."closed_at" < CAST('2026-11-01T07:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -18000
                        ELSE -21600
                      END
                    ) - 1730419200
                  ) AS DOUBLE PRECISION) / 86400
                ) AS BIGINT) AS "_at",
                CASE
                  WHEN (
                    "t7"."customer_id" IS NOT NULL
                  )
                  AND (
                    TRIM(' 	
' FROM "t7"."customer_id") <> ''
                  )
                  THEN TRIM(' 	
' FROM "t7"."customer_id")
                  ELSE NULL
                END AS "v0",
                CAST((
                  CASE
                    WHEN (
                      "t7"."closed_at" >= CAST('2023-11-28T00:00:00+00:00' AS TIMESTAMPTZ(6))
                    )
                    AND (
                      "t7"."closed_at" < CAST('2027-12-20T00:00:00+00:00' AS TIMESTAMPTZ(6))
                    )
                    THEN CAST(EXTRACT('epoch' FROM "t7"."closed_at") AS DOUBLE PRECISION) + CASE
                      WHEN (
                        "t7"."closed_at" >= CAST('2024-11-03T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t7"."closed_at" < CAST('2024-11-03T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t7"."closed_at" >= CAST('2025-11-02T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t7"."closed_at" < CAST('2025-11-02T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t7"."closed_at" >= CAST('2026-11-01T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t7"."closed_at" < CAST('2026-11-01T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t7"."closed_at" >= CAST('2027-11-07T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t7"."closed_at" < CAST('2027-11-07T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      ELSE 0
                    END
                    ELSE CAST(EXTRACT('epoch' FROM TIMEZONE('America/Chicago', TIMEZONE('America/Chicago', "t7"."closed_at"))) AS DOUBLE PRECISION)
                  END - CASE
                    WHEN (
                      "t7"."created_at" >= CAST('2023-11-28T00:00:00+00:00' AS TIMESTAMPTZ(6))
                    )
                    AND (
                      "t7"."created_at" < CAST('2027-12-20T00:00:00+00:00' AS TIMESTAMPTZ(6))
                    )
                    THEN CAST(EXTRACT('epoch' FROM "t7"."created_at") AS DOUBLE PRECISION) + CASE
                      WHEN (
                        "t7"."created_at" >= CAST('2024-11-03T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t7"."created_at" < CAST('2024-11-03T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t7"."created_at" >= CAST('2025-11-02T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t7"."created_at" < CAST('2025-11-02T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t7"."created_at" >= CAST('2026-11-01T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t7"."created_at" < CAST('2026-11-01T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t7"."created_at" >= CAST('2027-11-07T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t7"."created_at" < CAST('2027-11-07T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      ELSE 0
                    END
                    ELSE CAST(EXTRACT('epoch' FROM TIMEZONE('America/Chicago', TIMEZONE('America/Chicago', "t7"."created_at"))) AS DOUBLE PRECISION)
                  END
                ) AS DOUBLE PRECISION) / 86400.0 AS "v1",
                CASE WHEN "t7"."outcome" = 'won' THEN 1 ELSE 0 END AS "_b0"
              FROM (
                SELECT
                  *
                FROM "crm"."opportunities" AS "t0"
                WHERE
                  "t0"."closed_at" >= CAST('2024-12-31T00:00:00+00:00' AS TIMESTAMPTZ(6))
                  AND "t0"."closed_at" < CAST('2026-11-17T00:00:00+00:00' AS TIMESTAMPTZ(6))
                  AND 3 = 3
              ) AS "t7"
            ) AS "t25"
          ) AS "t39"
          GROUP BY
            1
        ) AS "t69"
      ) AS "t80"
    ) AS "t92"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        *
      FROM (
        SELECT
          4 AS "_branch",
          "t72"."_at",
          CAST(NULL AS VARCHAR) AS "_by",
          CAST("t72"."a0" AS DOUBLE PRECISION) AS "a0",
          "t72"."a1",
          CAST(NULL AS DOUBLE PRECISION) AS "a2",
          CAST(NULL AS DOUBLE PRECISION) AS "a3",
          CAST(NULL AS DOUBLE PRECISION) AS "a4",
          CAST(NULL AS DOUBLE PRECISION) AS "a5"
        FROM (
          SELECT
            "t42"."_span" AS "_at",
            COUNT(DISTINCT "t42"."v0") FILTER(WHERE
              (
                (
                  "t42"."_b0" & 1
                ) = 1
              )
              AND (
                (
                  "t42"."_span" IS NOT NULL
                ) AND (
                  "t42"."v0" IS NOT NULL
                )
              )) AS "a0",
            (
              (
                ARRAY_AGG("t42"."v1" ORDER BY "t42"."v1" ASC) FILTER(WHERE
                  "t42"."v1" IS NOT NULL
                  AND (
                    (
                      "t42"."_b0" & 1
                    ) = 1
                  )
                  AND (
                    (
                      "t42"."_span" IS NOT NULL
                    ) AND (
                      "t42"."v1" IS NOT NULL
                    )
                  ))
              )[CASE
                WHEN CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t42"."v1" ORDER BY "t42"."v1" ASC) FILTER(WHERE
                      "t42"."v1" IS NOT NULL
                      AND (
                        (
                          "t42"."_b0" & 1
                        ) = 1
                      )
                      AND (
                        (
                          "t42"."_span" IS NOT NULL
                        ) AND (
                          "t42"."v1" IS NOT NULL
                        )
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.5
                ) AS BIGINT) < 0
                THEN CARDINALITY(
                  ARRAY_AGG("t42"."v1" ORDER BY "t42"."v1" ASC) FILTER(WHERE
                    "t42"."v1" IS NOT NULL
                    AND (
                      (
                        "t42"."_b0" & 1
                      ) = 1
                    )
                    AND (
                      (
                        "t42"."_span" IS NOT NULL
                      ) AND (
                        "t42"."v1" IS NOT NULL
                      )
                    ))
                ) + (
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t42"."v1" ORDER BY "t42"."v1" ASC) FILTER(WHERE
                        "t42"."v1" IS NOT NULL
                        AND (
                          (
                            "t42"."_b0" & 1
                          ) = 1
                        )
                        AND (
                          (
                            "t42"."_span" IS NOT NULL
                          ) AND (
                            "t42"."v1" IS NOT NULL
                          )
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) AS BIGINT) + 1
                )
                ELSE CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t42"."v1" ORDER BY "t42"."v1" ASC) FILTER(WHERE
                      "t42"."v1" IS NOT NULL
                      AND (
                        (
                          "t42"."_b0" & 1
                        ) = 1
                      )
                      AND (
                        (
                          "t42"."_span" IS NOT NULL
                        ) AND (
                          "t42"."v1" IS NOT NULL
                        )
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.5
                ) AS BIGINT) + 1
              END] * (
                1 - (
                  (
                    CAST(CARDINALITY(
                      ARRAY_AGG("t42"."v1" ORDER BY "t42"."v1" ASC) FILTER(WHERE
                        "t42"."v1" IS NOT NULL
                        AND (
                          (
                            "t42"."_b0" & 1
                          ) = 1
                        )
                        AND (
                          (
                            "t42"."_span" IS NOT NULL
                          ) AND (
                            "t42"."v1" IS NOT NULL
                          )
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) - CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t42"."v1" ORDER BY "t42"."v1" ASC) FILTER(WHERE
                        "t42"."v1" IS NOT NULL
                        AND (
                          (
                            "t42"."_b0" & 1
                          ) = 1
                        )
                        AND (
                          (
                            "t42"."_span" IS NOT NULL
                          ) AND (
                            "t42"."v1" IS NOT NULL
                          )
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) AS BIGINT)
                )
              )
            ) + (
              (
                ARRAY_AGG("t42"."v1" ORDER BY "t42"."v1" ASC) FILTER(WHERE
                  "t42"."v1" IS NOT NULL
                  AND (
                    (
                      "t42"."_b0" & 1
                    ) = 1
                  )
                  AND (
                    (
                      "t42"."_span" IS NOT NULL
                    ) AND (
                      "t42"."v1" IS NOT NULL
                    )
                  ))
              )[CASE
                WHEN LEAST(
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t42"."v1" ORDER BY "t42"."v1" ASC) FILTER(WHERE
                        "t42"."v1" IS NOT NULL
                        AND (
                          (
                            "t42"."_b0" & 1
                          ) = 1
                        )
                        AND (
                          (
                            "t42"."_span" IS NOT NULL
                          ) AND (
                            "t42"."v1" IS NOT NULL
                          )
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) AS BIGINT) + 1,
                  CARDINALITY(
                    ARRAY_AGG("t42"."v1" ORDER BY "t42"."v1" ASC) FILTER(WHERE
                      "t42"."v1" IS NOT NULL
                      AND (
                        (
                          "t42"."_b0" & 1
                        ) = 1
                      )
                      AND (
                        (
                          "t42"."_span" IS NOT NULL
                        ) AND (
                          "t42"."v1" IS NOT NULL
                        )
                      ))
                  ) - 1
                ) < 0
                THEN CARDINALITY(
                  ARRAY_AGG("t42"."v1" ORDER BY "t42"."v1" ASC) FILTER(WHERE
                    "t42"."v1" IS NOT NULL
                    AND (
                      (
                        "t42"."_b0" & 1
                      ) = 1
                    )
                    AND (
                      (
                        "t42"."_span" IS NOT NULL
                      ) AND (
                        "t42"."v1" IS NOT NULL
                      )
                    ))
                ) + (
                  LEAST(
                    CAST(FLOOR(
                      CAST(CARDINALITY(
                        ARRAY_AGG("t42"."v1" ORDER BY "t42"."v1" ASC) FILTER(WHERE
                          "t42"."v1" IS NOT NULL
                          AND (
                            (
                              "t42"."_b0" & 1
                            ) = 1
                          )
                          AND (
                            (
                              "t42"."_span" IS NOT NULL
                            ) AND (
                              "t42"."v1" IS NOT NULL
                            )
                          ))
                      ) - 1 AS DOUBLE PRECISION) * 0.5
                    ) AS BIGINT) + 1,
                    CARDINALITY(
                      ARRAY_AGG("t42"."v1" ORDER BY "t42"."v1" ASC) FILTER(WHERE
                        "t42"."v1" IS NOT NULL
                        AND (
                          (
                            "t42"."_b0" & 1
                          ) = 1
                        )
                        AND (
                          (
                            "t42"."_span" IS NOT NULL
                          ) AND (
                            "t42"."v1" IS NOT NULL
                          )
                        ))
                    ) - 1
                  ) + 1
                )
                ELSE LEAST(
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t42"."v1" ORDER BY "t42"."v1" ASC) FILTER(WHERE
                        "t42"."v1" IS NOT NULL
                        AND (
                          (
                            "t42"."_b0" & 1
                          ) = 1
                        )
                        AND (
                          (
                            "t42"."_span" IS NOT NULL
                          ) AND (
                            "t42"."v1" IS NOT NULL
                          )
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) AS BIGINT) + 1,
                  CARDINALITY(
                    ARRAY_AGG("t42"."v1" ORDER BY "t42"."v1" ASC) FILTER(WHERE
                      "t42"."v1" IS NOT NULL
                      AND (
                        (
                          "t42"."_b0" & 1
                        ) = 1
                      )
                      AND (
                        (
                          "t42"."_span" IS NOT NULL
                        ) AND (
                          "t42"."v1" IS NOT NULL
                        )
                      ))
                  ) - 1
                ) + 1
              END] * (
                (
                  CAST(CARDINALITY(
                    ARRAY_AGG("t42"."v1" ORDER BY "t42"."v1" ASC) FILTER(WHERE
                      "t42"."v1" IS NOT NULL
                      AND (
                        (
                          "t42"."_b0" & 1
                        ) = 1
                      )
                      AND (
                        (
                          "t42"."_span" IS NOT NULL
                        ) AND (
                          "t42"."v1" IS NOT NULL
                        )
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.5
                ) - CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t42"."v1" ORDER BY "t42"."v1" ASC) FILTER(WHERE
                      "t42"."v1" IS NOT NULL
                      AND (
                        (
                          "t42"."_b0" & 1
                        ) = 1
                      )
                      AND (
                        (
                          "t42"."_span" IS NOT NULL
                        ) AND (
                          "t42"."v1" IS NOT NULL
                        )
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.5
                ) AS BIGINT)
              )
            ) AS "a1"
          FROM (
            SELECT
              "t26"."_at",
              "t26"."v0",
              "t26"."v1",
              "t26"."_b0",
              CASE
                WHEN "t26"."_at" < 607
                THEN CASE
                  WHEN "t26"."_at" < 563
                  THEN CASE
                    WHEN "t26"."_at" < 334
                    THEN CAST(NULL AS BIGINT)
                    ELSE CASE WHEN "t26"."_at" < 380 THEN 15 ELSE CAST(NULL AS BIGINT) END
                  END
                  ELSE CASE
                    WHEN "t26"."_at" < 570
                    THEN 42
                    ELSE CASE WHEN "t26"."_at" < 577 THEN 43 ELSE 25 END
                  END
                END
                ELSE CASE
                  WHEN "t26"."_at" < 699
                  THEN CASE
                    WHEN "t26"."_at" < 638
                    THEN 26
                    ELSE CASE WHEN "t26"."_at" < 669 THEN 27 ELSE 28 END
                  END
                  ELSE CASE
                    WHEN "t26"."_at" < 730
                    THEN 29
                    ELSE CASE WHEN "t26"."_at" < 745 THEN 12 ELSE CAST(NULL AS BIGINT) END
                  END
                END
              END AS "_span"
            FROM (
              SELECT
                CAST(FLOOR(
                  CAST((
                    (
                      CAST(EXTRACT('epoch' FROM "t8"."closed_at") AS DOUBLE PRECISION) + CASE
                        WHEN "t8"."closed_at" < CAST('2025-11-02T07:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -18000
                        WHEN "t8"."closed_at" < CAST('2026-03-08T08:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -21600
                        WHEN "t8"."closed_at" < CAST('2026-11-01T07:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -18000
                        ELSE -21600
                      END
                    ) - 1730419200
                  ) AS DOUBLE PRECISION) / 86400
                ) AS BIGINT) AS "_at",
                CASE
                  WHEN (
                    "t8"."customer_id" IS NOT NULL
                  )
                  AND (
                    TRIM(' 	
' FROM "t8"."customer_id") <> ''
                  )
                  THEN TRIM(' 	
' FROM "t8"."customer_id")
                  ELSE NULL
                END AS "v0",
                CAST((
                  CASE
                    WHEN (
                      "t8"."closed_at" >= CAST('2024-08-27T00:00:00+00:00' AS TIMESTAMPTZ(6))
                    )
                    AND (
                      "t8"."closed_at" < CAST('2027-12-20T00:00:00+00:00' AS TIMESTAMPTZ(6))
                    )
                    THEN CAST(EXTRACT('epoch' FROM "t8"."closed_at") AS DOUBLE PRECISION) + CASE
                      WHEN (
                        "t8"."closed_at" >= CAST('2024-11-03T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t8"."closed_at" < CAST('2024-11-03T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t8"."closed_at" >= CAST('2025-11-02T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t8"."closed_at" < CAST('2025-11-02T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t8"."closed_at" >= CAST('2026-11-01T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t8"."closed_at" < CAST('2026-11-01T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t8"."closed_at" >= CAST('2027-11-07T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t8"."closed_at" < CAST('2027-11-07T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      ELSE 0
                    END
                    ELSE CAST(EXTRACT('epoch' FROM TIMEZONE('America/Chicago', TIMEZONE('America/Chicago', "t8"."closed_at"))) AS DOUBLE PRECISION)
                  END - CASE
                    WHEN (
                      "t8"."created_at" >= CAST('2024-08-27T00:00:00+00:00' AS TIMESTAMPTZ(6))
                    )
                    AND (
                      "t8"."created_at" < CAST('2027-12-20T00:00:00+00:00' AS TIMESTAMPTZ(6))
                    )
                    THEN CAST(EXTRACT('epoch' FROM "t8"."created_at") AS DOUBLE PRECISION) + CASE
                      WHEN (
                        "t8"."created_at" >= CAST('2024-11-03T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t8"."created_at" < CAST('2024-11-03T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t8"."created_at" >= CAST('2025-11-02T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t8"."created_at" < CAST('2025-11-02T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t8"."created_at" >= CAST('2026-11-01T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t8"."created_at" < CAST('2026-11-01T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t8"."created_at" >= CAST('2027-11-07T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t8"."created_at" < CAST('2027-11-07T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      ELSE 0
                    END
                    ELSE CAST(EXTRACT('epoch' FROM TIMEZONE('America/Chicago', TIMEZONE('America/Chicago', "t8"."created_at"))) AS DOUBLE PRECISION)
                  END
                ) AS DOUBLE PRECISION) / 86400.0 AS "v1",
                CASE WHEN "t8"."outcome" = 'won' THEN 1 ELSE 0 END AS "_b0"
              FROM (
                SELECT
                  *
                FROM "crm"."opportunities" AS "t0"
                WHERE
                  "t0"."closed_at" >= CAST('2025-09-30T00:00:00+00:00' AS TIMESTAMPTZ(6))
                  AND "t0"."closed_at" < CAST('2026-11-17T00:00:00+00:00' AS TIMESTAMPTZ(6))
                  AND 4 = 4
              ) AS "t8"
            ) AS "t26"
          ) AS "t42"
          GROUP BY
            1
        ) AS "t72"
      ) AS "t84"
      UNION ALL
      SELECT
        *
      FROM (
        SELECT
          5 AS "_branch",
          "t73"."_at",
          CAST(NULL AS VARCHAR) AS "_by",
          CAST("t73"."a0" AS DOUBLE PRECISION) AS "a0",
          "t73"."a1",
          CAST(NULL AS DOUBLE PRECISION) AS "a2",
          CAST(NULL AS DOUBLE PRECISION) AS "a3",
          CAST(NULL AS DOUBLE PRECISION) AS "a4",
          CAST(NULL AS DOUBLE PRECISION) AS "a5"
        FROM (
          SELECT
            "t43"."_span" AS "_at",
            COUNT(DISTINCT "t43"."v0") FILTER(WHERE
              (
                (
                  "t43"."_b0" & 1
                ) = 1
              )
              AND (
                (
                  "t43"."_span" IS NOT NULL
                ) AND (
                  "t43"."v0" IS NOT NULL
                )
              )) AS "a0",
            (
              (
                ARRAY_AGG("t43"."v1" ORDER BY "t43"."v1" ASC) FILTER(WHERE
                  "t43"."v1" IS NOT NULL
                  AND (
                    (
                      "t43"."_b0" & 1
                    ) = 1
                  )
                  AND (
                    (
                      "t43"."_span" IS NOT NULL
                    ) AND (
                      "t43"."v1" IS NOT NULL
                    )
                  ))
              )[CASE
                WHEN CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t43"."v1" ORDER BY "t43"."v1" ASC) FILTER(WHERE
                      "t43"."v1" IS NOT NULL
                      AND (
                        (
                          "t43"."_b0" & 1
                        ) = 1
                      )
                      AND (
                        (
                          "t43"."_span" IS NOT NULL
                        ) AND (
                          "t43"."v1" IS NOT NULL
                        )
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.5
                ) AS BIGINT) < 0
                THEN CARDINALITY(
                  ARRAY_AGG("t43"."v1" ORDER BY "t43"."v1" ASC) FILTER(WHERE
                    "t43"."v1" IS NOT NULL
                    AND (
                      (
                        "t43"."_b0" & 1
                      ) = 1
                    )
                    AND (
                      (
                        "t43"."_span" IS NOT NULL
                      ) AND (
                        "t43"."v1" IS NOT NULL
                      )
                    ))
                ) + (
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t43"."v1" ORDER BY "t43"."v1" ASC) FILTER(WHERE
                        "t43"."v1" IS NOT NULL
                        AND (
                          (
                            "t43"."_b0" & 1
                          ) = 1
                        )
                        AND (
                          (
                            "t43"."_span" IS NOT NULL
                          ) AND (
                            "t43"."v1" IS NOT NULL
                          )
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) AS BIGINT) + 1
                )
                ELSE CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t43"."v1" ORDER BY "t43"."v1" ASC) FILTER(WHERE
                      "t43"."v1" IS NOT NULL
                      AND (
                        (
                          "t43"."_b0" & 1
                        ) = 1
                      )
                      AND (
                        (
                          "t43"."_span" IS NOT NULL
                        ) AND (
                          "t43"."v1" IS NOT NULL
                        )
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.5
                ) AS BIGINT) + 1
              END] * (
                1 - (
                  (
                    CAST(CARDINALITY(
                      ARRAY_AGG("t43"."v1" ORDER BY "t43"."v1" ASC) FILTER(WHERE
                        "t43"."v1" IS NOT NULL
                        AND (
                          (
                            "t43"."_b0" & 1
                          ) = 1
                        )
                        AND (
                          (
                            "t43"."_span" IS NOT NULL
                          ) AND (
                            "t43"."v1" IS NOT NULL
                          )
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) - CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t43"."v1" ORDER BY "t43"."v1" ASC) FILTER(WHERE
                        "t43"."v1" IS NOT NULL
                        AND (
                          (
                            "t43"."_b0" & 1
                          ) = 1
                        )
                        AND (
                          (
                            "t43"."_span" IS NOT NULL
                          ) AND (
                            "t43"."v1" IS NOT NULL
                          )
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) AS BIGINT)
                )
              )
            ) + (
              (
                ARRAY_AGG("t43"."v1" ORDER BY "t43"."v1" ASC) FILTER(WHERE
                  "t43"."v1" IS NOT NULL
                  AND (
                    (
                      "t43"."_b0" & 1
                    ) = 1
                  )
                  AND (
                    (
                      "t43"."_span" IS NOT NULL
                    ) AND (
                      "t43"."v1" IS NOT NULL
                    )
                  ))
              )[CASE
                WHEN LEAST(
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t43"."v1" ORDER BY "t43"."v1" ASC) FILTER(WHERE
                        "t43"."v1" IS NOT NULL
                        AND (
                          (
                            "t43"."_b0" & 1
                          ) = 1
                        )
                        AND (
                          (
                            "t43"."_span" IS NOT NULL
                          ) AND (
                            "t43"."v1" IS NOT NULL
                          )
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) AS BIGINT) + 1,
                  CARDINALITY(
                    ARRAY_AGG("t43"."v1" ORDER BY "t43"."v1" ASC) FILTER(WHERE
                      "t43"."v1" IS NOT NULL
                      AND (
                        (
                          "t43"."_b0" & 1
                        ) = 1
                      )
                      AND (
                        (
                          "t43"."_span" IS NOT NULL
                        ) AND (
                          "t43"."v1" IS NOT NULL
                        )
                      ))
                  ) - 1
                ) < 0
                THEN CARDINALITY(
                  ARRAY_AGG("t43"."v1" ORDER BY "t43"."v1" ASC) FILTER(WHERE
                    "t43"."v1" IS NOT NULL
                    AND (
                      (
                        "t43"."_b0" & 1
                      ) = 1
                    )
                    AND (
                      (
                        "t43"."_span" IS NOT NULL
                      ) AND (
                        "t43"."v1" IS NOT NULL
                      )
                    ))
                ) + (
                  LEAST(
                    CAST(FLOOR(
                      CAST(CARDINALITY(
                        ARRAY_AGG("t43"."v1" ORDER BY "t43"."v1" ASC) FILTER(WHERE
                          "t43"."v1" IS NOT NULL
                          AND (
                            (
                              "t43"."_b0" & 1
                            ) = 1
                          )
                          AND (
                            (
                              "t43"."_span" IS NOT NULL
                            ) AND (
                              "t43"."v1" IS NOT NULL
                            )
                          ))
                      ) - 1 AS DOUBLE PRECISION) * 0.5
                    ) AS BIGINT) + 1,
                    CARDINALITY(
                      ARRAY_AGG("t43"."v1" ORDER BY "t43"."v1" ASC) FILTER(WHERE
                        "t43"."v1" IS NOT NULL
                        AND (
                          (
                            "t43"."_b0" & 1
                          ) = 1
                        )
                        AND (
                          (
                            "t43"."_span" IS NOT NULL
                          ) AND (
                            "t43"."v1" IS NOT NULL
                          )
                        ))
                    ) - 1
                  ) + 1
                )
                ELSE LEAST(
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t43"."v1" ORDER BY "t43"."v1" ASC) FILTER(WHERE
                        "t43"."v1" IS NOT NULL
                        AND (
                          (
                            "t43"."_b0" & 1
                          ) = 1
                        )
                        AND (
                          (
                            "t43"."_span" IS NOT NULL
                          ) AND (
                            "t43"."v1" IS NOT NULL
                          )
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) AS BIGINT) + 1,
                  CARDINALITY(
                    ARRAY_AGG("t43"."v1" ORDER BY "t43"."v1" ASC) FILTER(WHERE
                      "t43"."v1" IS NOT NULL
                      AND (
                        (
                          "t43"."_b0" & 1
                        ) = 1
                      )
                      AND (
                        (
                          "t43"."_span" IS NOT NULL
                        ) AND (
                          "t43"."v1" IS NOT NULL
                        )
                      ))
                  ) - 1
                ) + 1
              END] * (
                (
                  CAST(CARDINALITY(
                    ARRAY_AGG("t43"."v1" ORDER BY "t43"."v1" ASC) FILTER(WHERE
                      "t43"."v1" IS NOT NULL
                      AND (
                        (
                          "t43"."_b0" & 1
                        ) = 1
                      )
                      AND (
                        (
                          "t43"."_span" IS NOT NULL
                        ) AND (
                          "t43"."v1" IS NOT NULL
                        )
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.5
                ) - CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t43"."v1" ORDER BY "t43"."v1" ASC) FILTER(WHERE
                      "t43"."v1" IS NOT NULL
                      AND (
                        (
                          "t43"."_b0" & 1
                        ) = 1
                      )
                      AND (
                        (
                          "t43"."_span" IS NOT NULL
                        ) AND (
                          "t43"."v1" IS NOT NULL
                        )
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.5
                ) AS BIGINT)
              )
            ) AS "a1"
          FROM (
            SELECT
              "t27"."_at",
              "t27"."v0",
              "t27"."v1",
              "t27"."_b0",
              CASE
                WHEN "t27"."_at" < 367
                THEN CASE
                  WHEN "t27"."_at" < 346
                  THEN CASE WHEN "t27"."_at" < 339 THEN CAST(NULL AS BIGINT) ELSE 6 END
                  ELSE CASE
                    WHEN "t27"."_at" < 353
                    THEN 7
                    ELSE CASE WHEN "t27"."_at" < 360 THEN 8 ELSE 9 END
                  END
                END
                ELSE CASE
                  WHEN "t27"."_at" < 381
                  THEN CASE WHEN "t27"."_at" < 374 THEN 10 ELSE 11 END
                  ELSE CASE
                    WHEN "t27"."_at" < 699
                    THEN CAST(NULL AS BIGINT)
                    ELSE CASE WHEN "t27"."_at" < 745 THEN 14 ELSE CAST(NULL AS BIGINT) END
                  END
                END
              END AS "_span"
            FROM (
              SELECT
                CAST(FLOOR(
                  CAST((
                    (
                      CAST(EXTRACT('epoch' FROM "t9"."closed_at") AS DOUBLE PRECISION) + CASE
                        WHEN "t9"."closed_at" < CAST('2025-11-02T07:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -18000
                        WHEN "t9"."closed_at" < CAST('2026-03-08T08:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -21600
                        WHEN "t9"."closed_at" < CAST('2026-11-01T07:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -18000
                        ELSE -21600
                      END
                    ) - 1730419200
                  ) AS DOUBLE PRECISION) / 86400
                ) AS BIGINT) AS "_at",
                CASE
                  WHEN (
                    "t9"."customer_id" IS NOT NULL
                  )
                  AND (
                    TRIM(' 	
' FROM "t9"."customer_id") <> ''
                  )
                  THEN TRIM(' 	
' FROM "t9"."customer_id")
                  ELSE NULL
                END AS "v0",
                CAST((
                  CASE
                    WHEN (
                      "t9"."closed_at" >= CAST('2024-09-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
                    )
                    AND (
                      "t9"."closed_at" < CAST('2027-12-20T00:00:00+00:00' AS TIMESTAMPTZ(6))
                    )
                    THEN CAST(EXTRACT('epoch' FROM "t9"."closed_at") AS DOUBLE PRECISION) + CASE
                      WHEN (
                        "t9"."closed_at" >= CAST('2024-11-03T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t9"."closed_at" < CAST('2024-11-03T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t9"."closed_at" >= CAST('2025-11-02T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t9"."closed_at" < CAST('2025-11-02T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t9"."closed_at" >= CAST('2026-11-01T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t9"."closed_at" < CAST('2026-11-01T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t9"."closed_at" >= CAST('2027-11-07T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t9"."closed_at" < CAST('2027-11-07T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      ELSE 0
                    END
                    ELSE CAST(EXTRACT('epoch' FROM TIMEZONE('America/Chicago', TIMEZONE('America/Chicago', "t9"."closed_at"))) AS DOUBLE PRECISION)
                  END - CASE
                    WHEN (
                      "t9"."created_at" >= CAST('2024-09-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
                    )
                    AND (
                      "t9"."created_at" < CAST('2027-12-20T00:00:00+00:00' AS TIMESTAMPTZ(6))
                    )
                    THEN CAST(EXTRACT('epoch' FROM "t9"."created_at") AS DOUBLE PRECISION) + CASE
                      WHEN (
                        "t9"."created_at" >= CAST('2024-11-03T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t9"."created_at" < CAST('2024-11-03T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t9"."created_at" >= CAST('2025-11-02T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t9"."created_at" < CAST('2025-11-02T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t9"."created_at" >= CAST('2026-11-01T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t9"."created_at" < CAST('2026-11-01T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t9"."created_at" >= CAST('2027-11-07T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t9"."created_at" < CAST('2027-11-07T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      ELSE 0
                    END
                    ELSE CAST(EXTRACT('epoch' FROM TIMEZONE('America/Chicago', TIMEZONE('America/Chicago', "t9"."created_at"))) AS DOUBLE PRECISION)
                  END
                ) AS DOUBLE PRECISION) / 86400.0 AS "v1",
                CASE WHEN "t9"."outcome" = 'won' THEN 1 ELSE 0 END AS "_b0"
              FROM (
                SELECT
                  *
                FROM "crm"."opportunities" AS "t0"
                WHERE
                  "t0"."closed_at" >= CAST('2025-10-05T00:00:00+00:00' AS TIMESTAMPTZ(6))
                  AND "t0"."closed_at" < CAST('2026-11-17T00:00:00+00:00' AS TIMESTAMPTZ(6))
                  AND 5 = 5
              ) AS "t9"
            ) AS "t27"
          ) AS "t43"
          GROUP BY
            1
        ) AS "t73"
      ) AS "t85"
    ) AS "t88"
  ) AS "t93"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM (
      SELECT
        *
      FROM (
        SELECT
          6 AS "_branch",
          "t65"."_at",
          CAST(NULL AS VARCHAR) AS "_by",
          CAST("t65"."a0" AS DOUBLE PRECISION) AS "a0",
          "t65"."a1",
          CAST(NULL AS DOUBLE PRECISION) AS "a2",
          CAST(NULL AS DOUBLE PRECISION) AS "a3",
          CAST(NULL AS DOUBLE PRECISION) AS "a4",
          CAST(NULL AS DOUBLE PRECISION) AS "a5"
        FROM (
          SELECT
            "t36"."_span" AS "_at",
            COUNT(DISTINCT "t36"."v0") FILTER(WHERE
              (
                (
                  "t36"."_b0" & 1
                ) = 1
              )
              AND (
                (
                  "t36"."_span" IS NOT NULL
                ) AND (
                  "t36"."v0" IS NOT NULL
                )
              )) AS "a0",
            (
              (
                ARRAY_AGG("t36"."v1" ORDER BY "t36"."v1" ASC) FILTER(WHERE
                  "t36"."v1" IS NOT NULL
                  AND (
                    (
                      "t36"."_b0" & 1
                    ) = 1
                  )
                  AND (
                    (
                      "t36"."_span" IS NOT NULL
                    ) AND (
                      "t36"."v1" IS NOT NULL
                    )
                  ))
              )[CASE
                WHEN CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t36"."v1" ORDER BY "t36"."v1" ASC) FILTER(WHERE
                      "t36"."v1" IS NOT NULL
                      AND (
                        (
                          "t36"."_b0" & 1
                        ) = 1
                      )
                      AND (
                        (
                          "t36"."_span" IS NOT NULL
                        ) AND (
                          "t36"."v1" IS NOT NULL
                        )
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.5
                ) AS BIGINT) < 0
                THEN CARDINALITY(
                  ARRAY_AGG("t36"."v1" ORDER BY "t36"."v1" ASC) FILTER(WHERE
                    "t36"."v1" IS NOT NULL
                    AND (
                      (
                        "t36"."_b0" & 1
                      ) = 1
                    )
                    AND (
                      (
                        "t36"."_span" IS NOT NULL
                      ) AND (
                        "t36"."v1" IS NOT NULL
                      )
                    ))
                ) + (
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t36"."v1" ORDER BY "t36"."v1" ASC) FILTER(WHERE
                        "t36"."v1" IS NOT NULL
                        AND (
                          (
                            "t36"."_b0" & 1
                          ) = 1
                        )
                        AND (
                          (
                            "t36"."_span" IS NOT NULL
                          ) AND (
                            "t36"."v1" IS NOT NULL
                          )
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) AS BIGINT) + 1
                )
                ELSE CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t36"."v1" ORDER BY "t36"."v1" ASC) FILTER(WHERE
                      "t36"."v1" IS NOT NULL
                      AND (
                        (
                          "t36"."_b0" & 1
                        ) = 1
                      )
                      AND (
                        (
                          "t36"."_span" IS NOT NULL
                        ) AND (
                          "t36"."v1" IS NOT NULL
                        )
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.5
                ) AS BIGINT) + 1
              END] * (
                1 - (
                  (
                    CAST(CARDINALITY(
                      ARRAY_AGG("t36"."v1" ORDER BY "t36"."v1" ASC) FILTER(WHERE
                        "t36"."v1" IS NOT NULL
                        AND (
                          (
                            "t36"."_b0" & 1
                          ) = 1
                        )
                        AND (
                          (
                            "t36"."_span" IS NOT NULL
                          ) AND (
                            "t36"."v1" IS NOT NULL
                          )
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) - CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t36"."v1" ORDER BY "t36"."v1" ASC) FILTER(WHERE
                        "t36"."v1" IS NOT NULL
                        AND (
                          (
                            "t36"."_b0" & 1
                          ) = 1
                        )
                        AND (
                          (
                            "t36"."_span" IS NOT NULL
                          ) AND (
                            "t36"."v1" IS NOT NULL
                          )
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) AS BIGINT)
                )
              )
            ) + (
              (
                ARRAY_AGG("t36"."v1" ORDER BY "t36"."v1" ASC) FILTER(WHERE
                  "t36"."v1" IS NOT NULL
                  AND (
                    (
                      "t36"."_b0" & 1
                    ) = 1
                  )
                  AND (
                    (
                      "t36"."_span" IS NOT NULL
                    ) AND (
                      "t36"."v1" IS NOT NULL
                    )
                  ))
              )[CASE
                WHEN LEAST(
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t36"."v1" ORDER BY "t36"."v1" ASC) FILTER(WHERE
                        "t36"."v1" IS NOT NULL
                        AND (
                          (
                            "t36"."_b0" & 1
                          ) = 1
                        )
                        AND (
                          (
                            "t36"."_span" IS NOT NULL
                          ) AND (
                            "t36"."v1" IS NOT NULL
                          )
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) AS BIGINT) + 1,
                  CARDINALITY(
                    ARRAY_AGG("t36"."v1" ORDER BY "t36"."v1" ASC) FILTER(WHERE
                      "t36"."v1" IS NOT NULL
                      AND (
                        (
                          "t36"."_b0" & 1
                        ) = 1
                      )
                      AND (
                        (
                          "t36"."_span" IS NOT NULL
                        ) AND (
                          "t36"."v1" IS NOT NULL
                        )
                      ))
                  ) - 1
                ) < 0
                THEN CARDINALITY(
                  ARRAY_AGG("t36"."v1" ORDER BY "t36"."v1" ASC) FILTER(WHERE
                    "t36"."v1" IS NOT NULL
                    AND (
                      (
                        "t36"."_b0" & 1
                      ) = 1
                    )
                    AND (
                      (
                        "t36"."_span" IS NOT NULL
                      ) AND (
                        "t36"."v1" IS NOT NULL
                      )
                    ))
                ) + (
                  LEAST(
                    CAST(FLOOR(
                      CAST(CARDINALITY(
                        ARRAY_AGG("t36"."v1" ORDER BY "t36"."v1" ASC) FILTER(WHERE
                          "t36"."v1" IS NOT NULL
                          AND (
                            (
                              "t36"."_b0" & 1
                            ) = 1
                          )
                          AND (
                            (
                              "t36"."_span" IS NOT NULL
                            ) AND (
                              "t36"."v1" IS NOT NULL
                            )
                          ))
                      ) - 1 AS DOUBLE PRECISION) * 0.5
                    ) AS BIGINT) + 1,
                    CARDINALITY(
                      ARRAY_AGG("t36"."v1" ORDER BY "t36"."v1" ASC) FILTER(WHERE
                        "t36"."v1" IS NOT NULL
                        AND (
                          (
                            "t36"."_b0" & 1
                          ) = 1
                        )
                        AND (
                          (
                            "t36"."_span" IS NOT NULL
                          ) AND (
                            "t36"."v1" IS NOT NULL
                          )
                        ))
                    ) - 1
                  ) + 1
                )
                ELSE LEAST(
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t36"."v1" ORDER BY "t36"."v1" ASC) FILTER(WHERE
                        "t36"."v1" IS NOT NULL
                        AND (
                          (
                            "t36"."_b0" & 1
                          ) = 1
                        )
                        AND (
                          (
                            "t36"."_span" IS NOT NULL
                          ) AND (
                            "t36"."v1" IS NOT NULL
                          )
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) AS BIGINT) + 1,
                  CARDINALITY(
                    ARRAY_AGG("t36"."v1" ORDER BY "t36"."v1" ASC) FILTER(WHERE
                      "t36"."v1" IS NOT NULL
                      AND (
                        (
                          "t36"."_b0" & 1
                        ) = 1
                      )
                      AND (
                        (
                          "t36"."_span" IS NOT NULL
                        ) AND (
                          "t36"."v1" IS NOT NULL
                        )
                      ))
                  ) - 1
                ) + 1
              END] * (
                (
                  CAST(CARDINALITY(
                    ARRAY_AGG("t36"."v1" ORDER BY "t36"."v1" ASC) FILTER(WHERE
                      "t36"."v1" IS NOT NULL
                      AND (
                        (
                          "t36"."_b0" & 1
                        ) = 1
                      )
                      AND (
                        (
                          "t36"."_span" IS NOT NULL
                        ) AND (
                          "t36"."v1" IS NOT NULL
                        )
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.5
                ) - CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t36"."v1" ORDER BY "t36"."v1" ASC) FILTER(WHERE
                      "t36"."v1" IS NOT NULL
                      AND (
                        (
                          "t36"."_b0" & 1
                        ) = 1
                      )
                      AND (
                        (
                          "t36"."_span" IS NOT NULL
                        ) AND (
                          "t36"."v1" IS NOT NULL
                        )
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.5
                ) AS BIGINT)
              )
            ) AS "a1"
          FROM (
            SELECT
              "t28"."_at",
              "t28"."v0",
              "t28"."v1",
              "t28"."_b0",
              CASE
                WHEN "t28"."_at" < 365
                THEN CAST(NULL AS BIGINT)
                ELSE CASE WHEN "t28"."_at" < 395 THEN 18 ELSE CAST(NULL AS BIGINT) END
              END AS "_span"
            FROM (
              SELECT
                CAST(FLOOR(
                  CAST((
                    (
                      CAST(EXTRACT('epoch' FROM "t10"."closed_at") AS DOUBLE PRECISION) + CASE
                        WHEN "t10"."closed_at" < CAST('2025-11-02T07:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -18000
                        ELSE -21600
                      END
                    ) - 1730419200
                  ) AS DOUBLE PRECISION) / 86400
                ) AS BIGINT) AS "_at",
                CASE
                  WHEN (
                    "t10"."customer_id" IS NOT NULL
                  )
                  AND (
                    TRIM(' 	
' FROM "t10"."customer_id") <> ''
                  )
                  THEN TRIM(' 	
' FROM "t10"."customer_id")
                  ELSE NULL
                END AS "v0",
                CAST((
                  CASE
                    WHEN (
                      "t10"."closed_at" >= CAST('2024-09-27T00:00:00+00:00' AS TIMESTAMPTZ(6))
                    )
                    AND (
                      "t10"."closed_at" < CAST('2027-01-04T00:00:00+00:00' AS TIMESTAMPTZ(6))
                    )
                    THEN CAST(EXTRACT('epoch' FROM "t10"."closed_at") AS DOUBLE PRECISION) + CASE
                      WHEN (
                        "t10"."closed_at" >= CAST('2024-11-03T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t10"."closed_at" < CAST('2024-11-03T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t10"."closed_at" >= CAST('2025-11-02T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t10"."closed_at" < CAST('2025-11-02T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t10"."closed_at" >= CAST('2026-11-01T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t10"."closed_at" < CAST('2026-11-01T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      ELSE 0
                    END
                    ELSE CAST(EXTRACT('epoch' FROM TIMEZONE('America/Chicago', TIMEZONE('America/Chicago', "t10"."closed_at"))) AS DOUBLE PRECISION)
                  END - CASE
                    WHEN (
                      "t10"."created_at" >= CAST('2024-09-27T00:00:00+00:00' AS TIMESTAMPTZ(6))
                    )
                    AND (
                      "t10"."created_at" < CAST('2027-01-04T00:00:00+00:00' AS TIMESTAMPTZ(6))
                    )
                    THEN CAST(EXTRACT('epoch' FROM "t10"."created_at") AS DOUBLE PRECISION) + CASE
                      WHEN (
                        "t10"."created_at" >= CAST('2024-11-03T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t10"."created_at" < CAST('2024-11-03T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t10"."created_at" >= CAST('2025-11-02T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t10"."created_at" < CAST('2025-11-02T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t10"."created_at" >= CAST('2026-11-01T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t10"."created_at" < CAST('2026-11-01T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      ELSE 0
                    END
                    ELSE CAST(EXTRACT('epoch' FROM TIMEZONE('America/Chicago', TIMEZONE('America/Chicago', "t10"."created_at"))) AS DOUBLE PRECISION)
                  END
                ) AS DOUBLE PRECISION) / 86400.0 AS "v1",
                CASE WHEN "t10"."outcome" = 'won' THEN 1 ELSE 0 END AS "_b0"
              FROM (
                SELECT
                  *
                FROM "crm"."opportunities" AS "t0"
                WHERE
                  "t0"."closed_at" >= CAST('2025-10-31T00:00:00+00:00' AS TIMESTAMPTZ(6))
                  AND "t0"."closed_at" < CAST('2025-12-02T00:00:00+00:00' AS TIMESTAMPTZ(6))
                  AND 6 = 6
              ) AS "t10"
            ) AS "t28"
          ) AS "t36"
          GROUP BY
            1
        ) AS "t65"
      ) AS "t77"
      UNION ALL
      SELECT
        *
      FROM (
        SELECT
          7 AS "_branch",
          "t53"."_at",
          "t53"."_by",
          CAST("t53"."a0" AS DOUBLE PRECISION) AS "a0",
          CAST(NULL AS DOUBLE PRECISION) AS "a1",
          CAST(NULL AS DOUBLE PRECISION) AS "a2",
          CAST(NULL AS DOUBLE PRECISION) AS "a3",
          CAST(NULL AS DOUBLE PRECISION) AS "a4",
          CAST(NULL AS DOUBLE PRECISION) AS "a5"
        FROM (
          SELECT
            "t37"."_span" AS "_at",
            "t37"."_by",
            COUNT(DISTINCT "t37"."v0") FILTER(WHERE
              (
                (
                  "t37"."_b0" & 1
                ) = 1
              )
              AND (
                (
                  "t37"."_span" IS NOT NULL
                ) AND (
                  "t37"."v0" IS NOT NULL
                )
              )) AS "a0"
          FROM (
            SELECT
              "t12"."_at",
              "t12"."_by",
              "t12"."v0",
              "t12"."_b0",
              CASE
                WHEN "t12"."_at" < 591
                THEN CASE
                  WHEN "t12"."_at" < 304
                  THEN CASE
                    WHEN "t12"."_at" < 120
                    THEN CASE
                      WHEN "t12"."_at" < 30
                      THEN CASE WHEN "t12"."_at" < 0 THEN CAST(NULL AS BIGINT) ELSE 30 END
                      ELSE CASE
                        WHEN "t12"."_at" < 61
                        THEN 31
                        ELSE CASE WHEN "t12"."_at" < 92 THEN 32 ELSE 33 END
                      END
                    END
                    ELSE CASE
                      WHEN "t12"."_at" < 212
                      THEN CASE
                        WHEN "t12"."_at" < 151
                        THEN 34
                        ELSE CASE WHEN "t12"."_at" < 181 THEN 35 ELSE 36 END
                      END
                      ELSE CASE
                        WHEN "t12"."_at" < 242
                        THEN 37
                        ELSE CASE WHEN "t12"."_at" < 273 THEN 38 ELSE 39 END
                      END
                    END
                  END
                  ELSE CASE
                    WHEN "t12"."_at" < 457
                    THEN CASE
                      WHEN "t12"."_at" < 380
                      THEN CASE
                        WHEN "t12"."_at" < 334
                        THEN 40
                        ELSE CASE WHEN "t12"."_at" < 365 THEN 41 ELSE 13 END
                      END
                      ELSE CASE
                        WHEN "t12"."_at" < 395
                        THEN CAST(NULL AS BIGINT)
                        ELSE CASE WHEN "t12"."_at" < 426 THEN 19 ELSE 20 END
                      END
                    END
                    ELSE CASE
                      WHEN "t12"."_at" < 546
                      THEN CASE
                        WHEN "t12"."_at" < 485
                        THEN 21
                        ELSE CASE WHEN "t12"."_at" < 516 THEN 22 ELSE 23 END
                      END
                      ELSE CASE
                        WHEN "t12"."_at" < 577
                        THEN 24
                        ELSE CASE WHEN "t12"."_at" < 584 THEN 44 ELSE 45 END
                      END
                    END
                  END
                END
                ELSE CASE
                  WHEN "t12"."_at" < 668
                  THEN CASE
                    WHEN "t12"."_at" < 626
                    THEN CASE
                      WHEN "t12"."_at" < 605
                      THEN CASE WHEN "t12"."_at" < 598 THEN 46 ELSE 47 END
                      ELSE CASE
                        WHEN "t12"."_at" < 612
                        THEN 48
                        ELSE CASE WHEN "t12"."_at" < 619 THEN 49 ELSE 50 END
                      END
                    END
                    ELSE CASE
                      WHEN "t12"."_at" < 647
                      THEN CASE
                        WHEN "t12"."_at" < 633
                        THEN 51
                        ELSE CASE WHEN "t12"."_at" < 640 THEN 52 ELSE 53 END
                      END
                      ELSE CASE
                        WHEN "t12"."_at" < 654
                        THEN 54
                        ELSE CASE WHEN "t12"."_at" < 661 THEN 55 ELSE 56 END
                      END
                    END
                  END
                  ELSE CASE
                    WHEN "t12"."_at" < 710
                    THEN CASE
                      WHEN "t12"."_at" < 689
                      THEN CASE
                        WHEN "t12"."_at" < 675
                        THEN 57
                        ELSE CASE WHEN "t12"."_at" < 682 THEN 58 ELSE 59 END
                      END
                      ELSE CASE
                        WHEN "t12"."_at" < 696
                        THEN 60
                        ELSE CASE WHEN "t12"."_at" < 703 THEN 61 ELSE 0 END
                      END
                    END
                    ELSE CASE
                      WHEN "t12"."_at" < 731
                      THEN CASE
                        WHEN "t12"."_at" < 717
                        THEN 1
                        ELSE CASE WHEN "t12"."_at" < 724 THEN 2 ELSE 3 END
                      END
                      ELSE CASE
                        WHEN "t12"."_at" < 738
                        THEN 4
                        ELSE CASE WHEN "t12"."_at" < 745 THEN 5 ELSE CAST(NULL AS BIGINT) END
                      END
                    END
                  END
                END
              END AS "_span"
            FROM (
              SELECT
                CAST(FLOOR(
                  CAST((
                    (
                      CAST(EXTRACT('epoch' FROM "t0"."closed_at") AS DOUBLE PRECISION) + CASE
                        WHEN "t0"."closed_at" < CAST('2024-11-03T07:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -18000
                        WHEN "t0"."closed_at" < CAST('2025-03-09T08:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -21600
                        WHEN "t0"."closed_at" < CAST('2025-11-02T07:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -18000
                        WHEN "t0"."closed_at" < CAST('2026-03-08T08:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -21600
                        WHEN "t0"."closed_at" < CAST('2026-11-01T07:00:00+00:00' AS TIMESTAMPTZ(6))
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
                    "t0"."customer_id" IS NOT NULL
                  )
                  AND (
                    TRIM(' 	
' FROM "t0"."customer_id") <> ''
                  )
                  THEN TRIM(' 	
' FROM "t0"."customer_id")
                  ELSE NULL
                END AS "v0",
                CASE WHEN "t0"."outcome" = 'won' THEN 1 ELSE 0 END AS "_b0"
              FROM "crm"."opportunities" AS "t0"
              WHERE
                "t0"."closed_at" >= CAST('2024-10-31T00:00:00+00:00' AS TIMESTAMPTZ(6))
                AND "t0"."closed_at" < CAST('2026-11-17T00:00:00+00:00' AS TIMESTAMPTZ(6))
                AND 7 = 7
            ) AS "t12"
          ) AS "t37"
          GROUP BY
            1,
            2
        ) AS "t53"
      ) AS "t60"
    ) AS "t81"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        *
      FROM (
        SELECT
          8 AS "_branch",
          "t47"."_at",
          "t47"."_by",
          CAST("t47"."a0" AS DOUBLE PRECISION) AS "a0",
          CAST(NULL AS DOUBLE PRECISION) AS "a1",
          CAST(NULL AS DOUBLE PRECISION) AS "a2",
          CAST(NULL AS DOUBLE PRECISION) AS "a3",
          CAST(NULL AS DOUBLE PRECISION) AS "a4",
          CAST(NULL AS DOUBLE PRECISION) AS "a5"
        FROM (
          SELECT
            "t30"."_span" AS "_at",
            "t30"."_by",
            COUNT(DISTINCT "t30"."v0") FILTER(WHERE
              (
                (
                  "t30"."_b0" & 1
                ) = 1
              )
              AND (
                (
                  "t30"."_span" IS NOT NULL
                ) AND (
                  "t30"."v0" IS NOT NULL
                )
              )) AS "a0"
          FROM (
            SELECT
              "t14"."_at",
              "t14"."_by",
              "t14"."v0",
              "t14"."_b0",
              CASE
                WHEN "t14"."_at" < 380
                THEN CASE WHEN "t14"."_at" < 61 THEN CAST(NULL AS BIGINT) ELSE 17 END
                ELSE CASE
                  WHEN "t14"."_at" < 426
                  THEN CAST(NULL AS BIGINT)
                  ELSE CASE WHEN "t14"."_at" < 745 THEN 16 ELSE CAST(NULL AS BIGINT) END
                END
              END AS "_span"
            FROM (
              SELECT
                CAST(FLOOR(
                  CAST((
                    (
                      CAST(EXTRACT('epoch' FROM "t0"."closed_at") AS DOUBLE PRECISION) + CASE
                        WHEN "t0"."closed_at" < CAST('2025-03-09T08:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -21600
                        WHEN "t0"."closed_at" < CAST('2025-11-02T07:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -18000
                        WHEN "t0"."closed_at" < CAST('2026-03-08T08:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -21600
                        WHEN "t0"."closed_at" < CAST('2026-11-01T07:00:00+00:00' AS TIMESTAMPTZ(6))
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
                    "t0"."customer_id" IS NOT NULL
                  )
                  AND (
                    TRIM(' 	
' FROM "t0"."customer_id") <> ''
                  )
                  THEN TRIM(' 	
' FROM "t0"."customer_id")
                  ELSE NULL
                END AS "v0",
                CASE WHEN "t0"."outcome" = 'won' THEN 1 ELSE 0 END AS "_b0"
              FROM "crm"."opportunities" AS "t0"
              WHERE
                "t0"."closed_at" >= CAST('2024-12-31T00:00:00+00:00' AS TIMESTAMPTZ(6))
                AND "t0"."closed_at" < CAST('2026-11-17T00:00:00+00:00' AS TIMESTAMPTZ(6))
                AND 8 = 8
            ) AS "t14"
          ) AS "t30"
          GROUP BY
            1,
            2
        ) AS "t47"
      ) AS "t54"
      UNION ALL
      SELECT
        *
      FROM (
        SELECT
          9 AS "_branch",
          "t50"."_at",
          "t50"."_by",
          CAST("t50"."a0" AS DOUBLE PRECISION) AS "a0",
          CAST(NULL AS DOUBLE PRECISION) AS "a1",
          CAST(NULL AS DOUBLE PRECISION) AS "a2",
          CAST(NULL AS DOUBLE PRECISION) AS "a3",
          CAST(NULL AS DOUBLE PRECISION) AS "a4",
          CAST(NULL AS DOUBLE PRECISION) AS "a5"
        FROM (
          SELECT
            "t31"."_span" AS "_at",
            "t31"."_by",
            COUNT(DISTINCT "t31"."v0") FILTER(WHERE
              (
                (
                  "t31"."_b0" & 1
                ) = 1
              )
              AND (
                (
                  "t31"."_span" IS NOT NULL
                ) AND (
                  "t31"."v0" IS NOT NULL
                )
              )) AS "a0"
          FROM (
            SELECT
              "t15"."_at",
              "t15"."_by",
              "t15"."v0",
              "t15"."_b0",
              CASE
                WHEN "t15"."_at" < 607
                THEN CASE
                  WHEN "t15"."_at" < 563
                  THEN CASE
                    WHEN "t15"."_at" < 334
                    THEN CAST(NULL AS BIGINT)
                    ELSE CASE WHEN "t15"."_at" < 380 THEN 15 ELSE CAST(NULL AS BIGINT) END
                  END
                  ELSE CASE
                    WHEN "t15"."_at" < 570
                    THEN 42
                    ELSE CASE WHEN "t15"."_at" < 577 THEN 43 ELSE 25 END
                  END
                END
                ELSE CASE
                  WHEN "t15"."_at" < 699
                  THEN CASE
                    WHEN "t15"."_at" < 638
                    THEN 26
                    ELSE CASE WHEN "t15"."_at" < 669 THEN 27 ELSE 28 END
                  END
                  ELSE CASE
                    WHEN "t15"."_at" < 730
                    THEN 29
                    ELSE CASE WHEN "t15"."_at" < 745 THEN 12 ELSE CAST(NULL AS BIGINT) END
                  END
                END
              END AS "_span"
            FROM (
              SELECT
                CAST(FLOOR(
                  CAST((
                    (
                      CAST(EXTRACT('epoch' FROM "t0"."closed_at") AS DOUBLE PRECISION) + CASE
                        WHEN "t0"."closed_at" < CAST('2025-11-02T07:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -18000
                        WHEN "t0"."closed_at" < CAST('2026-03-08T08:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -21600
                        WHEN "t0"."closed_at" < CAST('2026-11-01T07:00:00+00:00' AS TIMESTAMPTZ(6))
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
                    "t0"."customer_id" IS NOT NULL
                  )
                  AND (
                    TRIM(' 	
' FROM "t0"."customer_id") <> ''
                  )
                  THEN TRIM(' 	
' FROM "t0"."customer_id")
                  ELSE NULL
                END AS "v0",
                CASE WHEN "t0"."outcome" = 'won' THEN 1 ELSE 0 END AS "_b0"
              FROM "crm"."opportunities" AS "t0"
              WHERE
                "t0"."closed_at" >= CAST('2025-09-30T00:00:00+00:00' AS TIMESTAMPTZ(6))
                AND "t0"."closed_at" < CAST('2026-11-17T00:00:00+00:00' AS TIMESTAMPTZ(6))
                AND 9 = 9
            ) AS "t15"
          ) AS "t31"
          GROUP BY
            1,
            2
        ) AS "t50"
      ) AS "t55"
    ) AS "t58"
  ) AS "t86"
) AS "t94"
UNION ALL
SELECT
  *
FROM (
  SELECT
    *
  FROM (
    SELECT
      *
    FROM (
      SELECT
        *
      FROM (
        SELECT
          10 AS "_branch",
          "t51"."_at",
          "t51"."_by",
          CAST("t51"."a0" AS DOUBLE PRECISION) AS "a0",
          CAST(NULL AS DOUBLE PRECISION) AS "a1",
          CAST(NULL AS DOUBLE PRECISION) AS "a2",
          CAST(NULL AS DOUBLE PRECISION) AS "a3",
          CAST(NULL AS DOUBLE PRECISION) AS "a4",
          CAST(NULL AS DOUBLE PRECISION) AS "a5"
        FROM (
          SELECT
            "t32"."_span" AS "_at",
            "t32"."_by",
            COUNT(DISTINCT "t32"."v0") FILTER(WHERE
              (
                (
                  "t32"."_b0" & 1
                ) = 1
              )
              AND (
                (
                  "t32"."_span" IS NOT NULL
                ) AND (
                  "t32"."v0" IS NOT NULL
                )
              )) AS "a0"
          FROM (
            SELECT
              "t16"."_at",
              "t16"."_by",
              "t16"."v0",
              "t16"."_b0",
              CASE
                WHEN "t16"."_at" < 367
                THEN CASE
                  WHEN "t16"."_at" < 346
                  THEN CASE WHEN "t16"."_at" < 339 THEN CAST(NULL AS BIGINT) ELSE 6 END
                  ELSE CASE
                    WHEN "t16"."_at" < 353
                    THEN 7
                    ELSE CASE WHEN "t16"."_at" < 360 THEN 8 ELSE 9 END
                  END
                END
                ELSE CASE
                  WHEN "t16"."_at" < 381
                  THEN CASE WHEN "t16"."_at" < 374 THEN 10 ELSE 11 END
                  ELSE CASE
                    WHEN "t16"."_at" < 699
                    THEN CAST(NULL AS BIGINT)
                    ELSE CASE WHEN "t16"."_at" < 745 THEN 14 ELSE CAST(NULL AS BIGINT) END
                  END
                END
              END AS "_span"
            FROM (
              SELECT
                CAST(FLOOR(
                  CAST((
                    (
                      CAST(EXTRACT('epoch' FROM "t0"."closed_at") AS DOUBLE PRECISION) + CASE
                        WHEN "t0"."closed_at" < CAST('2025-11-02T07:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -18000
                        WHEN "t0"."closed_at" < CAST('2026-03-08T08:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -21600
                        WHEN "t0"."closed_at" < CAST('2026-11-01T07:00:00+00:00' AS TIMESTAMPTZ(6))
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
                    "t0"."customer_id" IS NOT NULL
                  )
                  AND (
                    TRIM(' 	
' FROM "t0"."customer_id") <> ''
                  )
                  THEN TRIM(' 	
' FROM "t0"."customer_id")
                  ELSE NULL
                END AS "v0",
                CASE WHEN "t0"."outcome" = 'won' THEN 1 ELSE 0 END AS "_b0"
              FROM "crm"."opportunities" AS "t0"
              WHERE
                "t0"."closed_at" >= CAST('2025-10-05T00:00:00+00:00' AS TIMESTAMPTZ(6))
                AND "t0"."closed_at" < CAST('2026-11-17T00:00:00+00:00' AS TIMESTAMPTZ(6))
                AND 10 = 10
            ) AS "t16"
          ) AS "t32"
          GROUP BY
            1,
            2
        ) AS "t51"
      ) AS "t56"
      UNION ALL
      SELECT
        *
      FROM (
        SELECT
          11 AS "_branch",
          "t44"."_at",
          "t44"."_by",
          CAST("t44"."a0" AS DOUBLE PRECISION) AS "a0",
          CAST(NULL AS DOUBLE PRECISION) AS "a1",
          CAST(NULL AS DOUBLE PRECISION) AS "a2",
          CAST(NULL AS DOUBLE PRECISION) AS "a3",
          CAST(NULL AS DOUBLE PRECISION) AS "a4",
          CAST(NULL AS DOUBLE PRECISION) AS "a5"
        FROM (
          SELECT
            "t29"."_span" AS "_at",
            "t29"."_by",
            COUNT(DISTINCT "t29"."v0") FILTER(WHERE
              (
                (
                  "t29"."_b0" & 1
                ) = 1
              )
              AND (
                (
                  "t29"."_span" IS NOT NULL
                ) AND (
                  "t29"."v0" IS NOT NULL
                )
              )) AS "a0"
          FROM (
            SELECT
              "t11"."_at",
              "t11"."_by",
              "t11"."v0",
              "t11"."_b0",
              CASE
                WHEN "t11"."_at" < 365
                THEN CAST(NULL AS BIGINT)
                ELSE CASE WHEN "t11"."_at" < 395 THEN 18 ELSE CAST(NULL AS BIGINT) END
              END AS "_span"
            FROM (
              SELECT
                CAST(FLOOR(
                  CAST((
                    (
                      CAST(EXTRACT('epoch' FROM "t0"."closed_at") AS DOUBLE PRECISION) + CASE
                        WHEN "t0"."closed_at" < CAST('2025-11-02T07:00:00+00:00' AS TIMESTAMPTZ(6))
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
                    "t0"."customer_id" IS NOT NULL
                  )
                  AND (
                    TRIM(' 	
' FROM "t0"."customer_id") <> ''
                  )
                  THEN TRIM(' 	
' FROM "t0"."customer_id")
                  ELSE NULL
                END AS "v0",
                CASE WHEN "t0"."outcome" = 'won' THEN 1 ELSE 0 END AS "_b0"
              FROM "crm"."opportunities" AS "t0"
              WHERE
                "t0"."closed_at" >= CAST('2025-10-31T00:00:00+00:00' AS TIMESTAMPTZ(6))
                AND "t0"."closed_at" < CAST('2025-12-02T00:00:00+00:00' AS TIMESTAMPTZ(6))
                AND 11 = 11
            ) AS "t11"
          ) AS "t29"
          GROUP BY
            1,
            2
        ) AS "t44"
      ) AS "t52"
    ) AS "t59"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        *
      FROM (
        SELECT
          12 AS "_branch",
          "t74"."_at",
          CAST(NULL AS VARCHAR) AS "_by",
          "t74"."a0",
          "t74"."a1",
          CAST(NULL AS DOUBLE PRECISION) AS "a2",
          CAST(NULL AS DOUBLE PRECISION) AS "a3",
          CAST(NULL AS DOUBLE PRECISION) AS "a4",
          CAST(NULL AS DOUBLE PRECISION) AS "a5"
        FROM (
          SELECT
            "t48"."_span" AS "_at",
            (
              (
                ARRAY_AGG("t48"."v0" ORDER BY "t48"."v0" ASC) FILTER(WHERE
                  "t48"."v0" IS NOT NULL
                  AND (
                    "t48"."_span" IS NOT NULL
                  )
                  AND (
                    "t48"."v0" IS NOT NULL
                  ))
              )[CASE
                WHEN CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t48"."v0" ORDER BY "t48"."v0" ASC) FILTER(WHERE
                      "t48"."v0" IS NOT NULL
                      AND (
                        "t48"."_span" IS NOT NULL
                      )
                      AND (
                        "t48"."v0" IS NOT NULL
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.5
                ) AS BIGINT) < 0
                THEN CARDINALITY(
                  ARRAY_AGG("t48"."v0" ORDER BY "t48"."v0" ASC) FILTER(WHERE
                    "t48"."v0" IS NOT NULL
                    AND (
                      "t48"."_span" IS NOT NULL
                    )
                    AND (
                      "t48"."v0" IS NOT NULL
                    ))
                ) + (
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t48"."v0" ORDER BY "t48"."v0" ASC) FILTER(WHERE
                        "t48"."v0" IS NOT NULL
                        AND (
                          "t48"."_span" IS NOT NULL
                        )
                        AND (
                          "t48"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) AS BIGINT) + 1
                )
                ELSE CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t48"."v0" ORDER BY "t48"."v0" ASC) FILTER(WHERE
                      "t48"."v0" IS NOT NULL
                      AND (
                        "t48"."_span" IS NOT NULL
                      )
                      AND (
                        "t48"."v0" IS NOT NULL
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.5
                ) AS BIGINT) + 1
              END] * (
                1 - (
                  (
                    CAST(CARDINALITY(
                      ARRAY_AGG("t48"."v0" ORDER BY "t48"."v0" ASC) FILTER(WHERE
                        "t48"."v0" IS NOT NULL
                        AND (
                          "t48"."_span" IS NOT NULL
                        )
                        AND (
                          "t48"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) - CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t48"."v0" ORDER BY "t48"."v0" ASC) FILTER(WHERE
                        "t48"."v0" IS NOT NULL
                        AND (
                          "t48"."_span" IS NOT NULL
                        )
                        AND (
                          "t48"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) AS BIGINT)
                )
              )
            ) + (
              (
                ARRAY_AGG("t48"."v0" ORDER BY "t48"."v0" ASC) FILTER(WHERE
                  "t48"."v0" IS NOT NULL
                  AND (
                    "t48"."_span" IS NOT NULL
                  )
                  AND (
                    "t48"."v0" IS NOT NULL
                  ))
              )[CASE
                WHEN LEAST(
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t48"."v0" ORDER BY "t48"."v0" ASC) FILTER(WHERE
                        "t48"."v0" IS NOT NULL
                        AND (
                          "t48"."_span" IS NOT NULL
                        )
                        AND (
                          "t48"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) AS BIGINT) + 1,
                  CARDINALITY(
                    ARRAY_AGG("t48"."v0" ORDER BY "t48"."v0" ASC) FILTER(WHERE
                      "t48"."v0" IS NOT NULL
                      AND (
                        "t48"."_span" IS NOT NULL
                      )
                      AND (
                        "t48"."v0" IS NOT NULL
                      ))
                  ) - 1
                ) < 0
                THEN CARDINALITY(
                  ARRAY_AGG("t48"."v0" ORDER BY "t48"."v0" ASC) FILTER(WHERE
                    "t48"."v0" IS NOT NULL
                    AND (
                      "t48"."_span" IS NOT NULL
                    )
                    AND (
                      "t48"."v0" IS NOT NULL
                    ))
                ) + (
                  LEAST(
                    CAST(FLOOR(
                      CAST(CARDINALITY(
                        ARRAY_AGG("t48"."v0" ORDER BY "t48"."v0" ASC) FILTER(WHERE
                          "t48"."v0" IS NOT NULL
                          AND (
                            "t48"."_span" IS NOT NULL
                          )
                          AND (
                            "t48"."v0" IS NOT NULL
                          ))
                      ) - 1 AS DOUBLE PRECISION) * 0.5
                    ) AS BIGINT) + 1,
                    CARDINALITY(
                      ARRAY_AGG("t48"."v0" ORDER BY "t48"."v0" ASC) FILTER(WHERE
                        "t48"."v0" IS NOT NULL
                        AND (
                          "t48"."_span" IS NOT NULL
                        )
                        AND (
                          "t48"."v0" IS NOT NULL
                        ))
                    ) - 1
                  ) + 1
                )
                ELSE LEAST(
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t48"."v0" ORDER BY "t48"."v0" ASC) FILTER(WHERE
                        "t48"."v0" IS NOT NULL
                        AND (
                          "t48"."_span" IS NOT NULL
                        )
                        AND (
                          "t48"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) AS BIGINT) + 1,
                  CARDINALITY(
                    ARRAY_AGG("t48"."v0" ORDER BY "t48"."v0" ASC) FILTER(WHERE
                      "t48"."v0" IS NOT NULL
                      AND (
                        "t48"."_span" IS NOT NULL
                      )
                      AND (
                        "t48"."v0" IS NOT NULL
                      ))
                  ) - 1
                ) + 1
              END] * (
                (
                  CAST(CARDINALITY(
                    ARRAY_AGG("t48"."v0" ORDER BY "t48"."v0" ASC) FILTER(WHERE
                      "t48"."v0" IS NOT NULL
                      AND (
                        "t48"."_span" IS NOT NULL
                      )
                      AND (
                        "t48"."v0" IS NOT NULL
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.5
                ) - CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t48"."v0" ORDER BY "t48"."v0" ASC) FILTER(WHERE
                      "t48"."v0" IS NOT NULL
                      AND (
                        "t48"."_span" IS NOT NULL
                      )
                      AND (
                        "t48"."v0" IS NOT NULL
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.5
                ) AS BIGINT)
              )
            ) AS "a0",
            (
              (
                ARRAY_AGG("t48"."v0" ORDER BY "t48"."v0" ASC) FILTER(WHERE
                  "t48"."v0" IS NOT NULL
                  AND (
                    "t48"."_span" IS NOT NULL
                  )
                  AND (
                    "t48"."v0" IS NOT NULL
                  ))
              )[CASE
                WHEN CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t48"."v0" ORDER BY "t48"."v0" ASC) FILTER(WHERE
                      "t48"."v0" IS NOT NULL
                      AND (
                        "t48"."_span" IS NOT NULL
                      )
                      AND (
                        "t48"."v0" IS NOT NULL
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.9
                ) AS BIGINT) < 0
                THEN CARDINALITY(
                  ARRAY_AGG("t48"."v0" ORDER BY "t48"."v0" ASC) FILTER(WHERE
                    "t48"."v0" IS NOT NULL
                    AND (
                      "t48"."_span" IS NOT NULL
                    )
                    AND (
                      "t48"."v0" IS NOT NULL
                    ))
                ) + (
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t48"."v0" ORDER BY "t48"."v0" ASC) FILTER(WHERE
                        "t48"."v0" IS NOT NULL
                        AND (
                          "t48"."_span" IS NOT NULL
                        )
                        AND (
                          "t48"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.9
                  ) AS BIGINT) + 1
                )
                ELSE CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t48"."v0" ORDER BY "t48"."v0" ASC) FILTER(WHERE
                      "t48"."v0" IS NOT NULL
                      AND (
                        "t48"."_span" IS NOT NULL
                      )
                      AND (
                        "t48"."v0" IS NOT NULL
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.9
                ) AS BIGINT) + 1
              END] * (
                1 - (
                  (
                    CAST(CARDINALITY(
                      ARRAY_AGG("t48"."v0" ORDER BY "t48"."v0" ASC) FILTER(WHERE
                        "t48"."v0" IS NOT NULL
                        AND (
                          "t48"."_span" IS NOT NULL
                        )
                        AND (
                          "t48"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.9
                  ) - CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t48"."v0" ORDER BY "t48"."v0" ASC) FILTER(WHERE
                        "t48"."v0" IS NOT NULL
                        AND (
                          "t48"."_span" IS NOT NULL
                        )
                        AND (
                          "t48"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.9
                  ) AS BIGINT)
                )
              )
            ) + (
              (
                ARRAY_AGG("t48"."v0" ORDER BY "t48"."v0" ASC) FILTER(WHERE
                  "t48"."v0" IS NOT NULL
                  AND (
                    "t48"."_span" IS NOT NULL
                  )
                  AND (
                    "t48"."v0" IS NOT NULL
                  ))
              )[CASE
                WHEN LEAST(
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t48"."v0" ORDER BY "t48"."v0" ASC) FILTER(WHERE
                        "t48"."v0" IS NOT NULL
                        AND (
                          "t48"."_span" IS NOT NULL
                        )
                        AND (
                          "t48"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.9
                  ) AS BIGINT) + 1,
                  CARDINALITY(
                    ARRAY_AGG("t48"."v0" ORDER BY "t48"."v0" ASC) FILTER(WHERE
                      "t48"."v0" IS NOT NULL
                      AND (
                        "t48"."_span" IS NOT NULL
                      )
                      AND (
                        "t48"."v0" IS NOT NULL
                      ))
                  ) - 1
                ) < 0
                THEN CARDINALITY(
                  ARRAY_AGG("t48"."v0" ORDER BY "t48"."v0" ASC) FILTER(WHERE
                    "t48"."v0" IS NOT NULL
                    AND (
                      "t48"."_span" IS NOT NULL
                    )
                    AND (
                      "t48"."v0" IS NOT NULL
                    ))
                ) + (
                  LEAST(
                    CAST(FLOOR(
                      CAST(CARDINALITY(
                        ARRAY_AGG("t48"."v0" ORDER BY "t48"."v0" ASC) FILTER(WHERE
                          "t48"."v0" IS NOT NULL
                          AND (
                            "t48"."_span" IS NOT NULL
                          )
                          AND (
                            "t48"."v0" IS NOT NULL
                          ))
                      ) - 1 AS DOUBLE PRECISION) * 0.9
                    ) AS BIGINT) + 1,
                    CARDINALITY(
                      ARRAY_AGG("t48"."v0" ORDER BY "t48"."v0" ASC) FILTER(WHERE
                        "t48"."v0" IS NOT NULL
                        AND (
                          "t48"."_span" IS NOT NULL
                        )
                        AND (
                          "t48"."v0" IS NOT NULL
                        ))
                    ) - 1
                  ) + 1
                )
                ELSE LEAST(
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t48"."v0" ORDER BY "t48"."v0" ASC) FILTER(WHERE
                        "t48"."v0" IS NOT NULL
                        AND (
                          "t48"."_span" IS NOT NULL
                        )
                        AND (
                          "t48"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.9
                  ) AS BIGINT) + 1,
                  CARDINALITY(
                    ARRAY_AGG("t48"."v0" ORDER BY "t48"."v0" ASC) FILTER(WHERE
                      "t48"."v0" IS NOT NULL
                      AND (
                        "t48"."_span" IS NOT NULL
                      )
                      AND (
                        "t48"."v0" IS NOT NULL
                      ))
                  ) - 1
                ) + 1
              END] * (
                (
                  CAST(CARDINALITY(
                    ARRAY_AGG("t48"."v0" ORDER BY "t48"."v0" ASC) FILTER(WHERE
                      "t48"."v0" IS NOT NULL
                      AND (
                        "t48"."_span" IS NOT NULL
                      )
                      AND (
                        "t48"."v0" IS NOT NULL
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.9
                ) - CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t48"."v0" ORDER BY "t48"."v0" ASC) FILTER(WHERE
                      "t48"."v0" IS NOT NULL
                      AND (
                        "t48"."_span" IS NOT NULL
                      )
                      AND (
                        "t48"."v0" IS NOT NULL
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.9
                ) AS BIGINT)
              )
            ) AS "a1"
          FROM (
            SELECT
              "t19"."_at",
              "t19"."v0",
              CASE
                WHEN "t19"."_at" < 591
                THEN CASE
                  WHEN "t19"."_at" < 304
                  THEN CASE
                    WHEN "t19"."_at" < 120
                    THEN CASE
                      WHEN "t19"."_at" < 30
                      THEN CASE WHEN "t19"."_at" < 0 THEN CAST(NULL AS BIGINT) ELSE 30 END
                      ELSE CASE
                        WHEN "t19"."_at" < 61
                        THEN 31
                        ELSE CASE WHEN "t19"."_at" < 92 THEN 32 ELSE 33 END
                      END
                    END
                    ELSE CASE
                      WHEN "t19"."_at" < 212
                      THEN CASE
                        WHEN "t19"."_at" < 151
                        THEN 34
                        ELSE CASE WHEN "t19"."_at" < 181 THEN 35 ELSE 36 END
                      END
                      ELSE CASE
                        WHEN "t19"."_at" < 242
                        THEN 37
                        ELSE CASE WHEN "t19"."_at" < 273 THEN 38 ELSE 39 END
                      END
                    END
                  END
                  ELSE CASE
                    WHEN "t19"."_at" < 457
                    THEN CASE
                      WHEN "t19"."_at" < 380
                      THEN CASE
                        WHEN "t19"."_at" < 334
                        THEN 40
                        ELSE CASE WHEN "t19"."_at" < 365 THEN 41 ELSE 13 END
                      END
                      ELSE CASE
                        WHEN "t19"."_at" < 395
                        THEN CAST(NULL AS BIGINT)
                        ELSE CASE WHEN "t19"."_at" < 426 THEN 19 ELSE 20 END
                      END
                    END
                    ELSE CASE
                      WHEN "t19"."_at" < 546
                      THEN CASE
                        WHEN "t19"."_at" < 485
                        THEN 21
                        ELSE CASE WHEN "t19"."_at" < 516 THEN 22 ELSE 23 END
                      END
                      ELSE CASE
                        WHEN "t19"."_at" < 577
                        THEN 24
                        ELSE CASE WHEN "t19"."_at" < 584 THEN 44 ELSE 45 END
                      END
                    END
                  END
                END
                ELSE CASE
                  WHEN "t19"."_at" < 668
                  THEN CASE
                    WHEN "t19"."_at" < 626
                    THEN CASE
                      WHEN "t19"."_at" < 605
                      THEN CASE WHEN "t19"."_at" < 598 THEN 46 ELSE 47 END
                      ELSE CASE
                        WHEN "t19"."_at" < 612
                        THEN 48
                        ELSE CASE WHEN "t19"."_at" < 619 THEN 49 ELSE 50 END
                      END
                    END
                    ELSE CASE
                      WHEN "t19"."_at" < 647
                      THEN CASE
                        WHEN "t19"."_at" < 633
                        THEN 51
                        ELSE CASE WHEN "t19"."_at" < 640 THEN 52 ELSE 53 END
                      END
                      ELSE CASE
                        WHEN "t19"."_at" < 654
                        THEN 54
                        ELSE CASE WHEN "t19"."_at" < 661 THEN 55 ELSE 56 END
                      END
                    END
                  END
                  ELSE CASE
                    WHEN "t19"."_at" < 710
                    THEN CASE
                      WHEN "t19"."_at" < 689
                      THEN CASE
                        WHEN "t19"."_at" < 675
                        THEN 57
                        ELSE CASE WHEN "t19"."_at" < 682 THEN 58 ELSE 59 END
                      END
                      ELSE CASE
                        WHEN "t19"."_at" < 696
                        THEN 60
                        ELSE CASE WHEN "t19"."_at" < 703 THEN 61 ELSE 0 END
                      END
                    END
                    ELSE CASE
                      WHEN "t19"."_at" < 731
                      THEN CASE
                        WHEN "t19"."_at" < 717
                        THEN 1
                        ELSE CASE WHEN "t19"."_at" < 724 THEN 2 ELSE 3 END
                      END
                      ELSE CASE
                        WHEN "t19"."_at" < 738
                        THEN 4
                        ELSE CASE WHEN "t19"."_at" < 745 THEN 5 ELSE CAST(NULL AS BIGINT) END
                      END
                    END
                  END
                END
              END AS "_span"
            FROM (
              SELECT
                CAST(FLOOR(
                  CAST((
                    (
                      CAST(EXTRACT('epoch' FROM "t1"."quoted_at") AS DOUBLE PRECISION) + CASE
                        WHEN "t1"."quoted_at" < CAST('2024-11-03T07:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -18000
                        WHEN "t1"."quoted_at" < CAST('2025-03-09T08:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -21600
                        WHEN "t1"."quoted_at" < CAST('2025-11-02T07:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -18000
                        WHEN "t1"."quoted_at" < CAST('2026-03-08T08:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -21600
                        WHEN "t1"."quoted_at" < CAST('2026-11-01T07:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -18000
                        ELSE -21600
                      END
                    ) - 1730419200
                  ) AS DOUBLE PRECISION) / 86400
                ) AS BIGINT) AS "_at",
                CAST((
                  CASE
                    WHEN (
                      "t1"."quoted_at" >= CAST('2023-09-28T00:00:00+00:00' AS TIMESTAMPTZ(6))
                    )
                    AND (
                      "t1"."quoted_at" < CAST('2027-12-20T00:00:00+00:00' AS TIMESTAMPTZ(6))
                    )
                    THEN CAST(EXTRACT('epoch' FROM "t1"."quoted_at") AS DOUBLE PRECISION) + CASE
                      WHEN (
                        "t1"."quoted_at" >= CAST('2023-11-05T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t1"."quoted_at" < CAST('2023-11-05T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t1"."quoted_at" >= CAST('2024-11-03T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t1"."quoted_at" < CAST('2024-11-03T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t1"."quoted_at" >= CAST('2025-11-02T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t1"."quoted_at" < CAST('2025-11-02T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t1"."quoted_at" >= CAST('2026-11-01T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t1"."quoted_at" < CAST('2026-11-01T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t1"."quoted_at" >= CAST('2027-11-07T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t1"."quoted_at" < CAST('2027-11-07T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      ELSE 0
                    END
                    ELSE CAST(EXTRACT('epoch' FROM TIMEZONE('America/Chicago', TIMEZONE('America/Chicago', "t1"."quoted_at"))) AS DOUBLE PRECISION)
                  END - CASE
                    WHEN (
                      "t1"."created_at" >= CAST('2023-09-28T00:00:00+00:00' AS TIMESTAMPTZ(6))
                    )
                    AND (
                      "t1"."created_at" < CAST('2027-12-20T00:00:00+00:00' AS TIMESTAMPTZ(6))
                    )
                    THEN CAST(EXTRACT('epoch' FROM "t1"."created_at") AS DOUBLE PRECISION) + CASE
                      WHEN (
                        "t1"."created_at" >= CAST('2023-11-05T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t1"."created_at" < CAST('2023-11-05T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t1"."created_at" >= CAST('2024-11-03T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t1"."created_at" < CAST('2024-11-03T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t1"."created_at" >= CAST('2025-11-02T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t1"."created_at" < CAST('2025-11-02T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t1"."created_at" >= CAST('2026-11-01T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t1"."created_at" < CAST('2026-11-01T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t1"."created_at" >= CAST('2027-11-07T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t1"."created_at" < CAST('2027-11-07T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      ELSE 0
                    END
                    ELSE CAST(EXTRACT('epoch' FROM TIMEZONE('America/Chicago', TIMEZONE('America/Chicago', "t1"."created_at"))) AS DOUBLE PRECISION)
                  END
                ) AS DOUBLE PRECISION) / 86400.0 AS "v0"
              FROM (
                SELECT
                  *
                FROM "crm"."opportunities" AS "t0"
                WHERE
                  "t0"."quoted_at" >= CAST('2024-10-31T00:00:00+00:00' AS TIMESTAMPTZ(6))
                  AND "t0"."quoted_at" < CAST('2026-11-17T00:00:00+00:00' AS TIMESTAMPTZ(6))
                  AND 12 = 12
              ) AS "t1"
            ) AS "t19"
          ) AS "t48"
          GROUP BY
            1
        ) AS "t74"
      ) AS "t82"
      UNION ALL
      SELECT
        *
      FROM (
        SELECT
          13 AS "_branch",
          "t64"."_at",
          CAST(NULL AS VARCHAR) AS "_by",
          "t64"."a0",
          "t64"."a1",
          CAST(NULL AS DOUBLE PRECISION) AS "a2",
          CAST(NULL AS DOUBLE PRECISION) AS "a3",
          CAST(NULL AS DOUBLE PRECISION) AS "a4",
          CAST(NULL AS DOUBLE PRECISION) AS "a5"
        FROM (
          SELECT
            "t38"."_span" AS "_at",
            (
              (
                ARRAY_AGG("t38"."v0" ORDER BY "t38"."v0" ASC) FILTER(WHERE
                  "t38"."v0" IS NOT NULL
                  AND (
                    "t38"."_span" IS NOT NULL
                  )
                  AND (
                    "t38"."v0" IS NOT NULL
                  ))
              )[CASE
                WHEN CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t38"."v0" ORDER BY "t38"."v0" ASC) FILTER(WHERE
                      "t38"."v0" IS NOT NULL
                      AND (
                        "t38"."_span" IS NOT NULL
                      )
                      AND (
                        "t38"."v0" IS NOT NULL
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.5
                ) AS BIGINT) < 0
                THEN CARDINALITY(
                  ARRAY_AGG("t38"."v0" ORDER BY "t38"."v0" ASC) FILTER(WHERE
                    "t38"."v0" IS NOT NULL
                    AND (
                      "t38"."_span" IS NOT NULL
                    )
                    AND (
                      "t38"."v0" IS NOT NULL
                    ))
                ) + (
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t38"."v0" ORDER BY "t38"."v0" ASC) FILTER(WHERE
                        "t38"."v0" IS NOT NULL
                        AND (
                          "t38"."_span" IS NOT NULL
                        )
                        AND (
                          "t38"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) AS BIGINT) + 1
                )
                ELSE CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t38"."v0" ORDER BY "t38"."v0" ASC) FILTER(WHERE
                      "t38"."v0" IS NOT NULL
                      AND (
                        "t38"."_span" IS NOT NULL
                      )
                      AND (
                        "t38"."v0" IS NOT NULL
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.5
                ) AS BIGINT) + 1
              END] * (
                1 - (
                  (
                    CAST(CARDINALITY(
                      ARRAY_AGG("t38"."v0" ORDER BY "t38"."v0" ASC) FILTER(WHERE
                        "t38"."v0" IS NOT NULL
                        AND (
                          "t38"."_span" IS NOT NULL
                        )
                        AND (
                          "t38"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) - CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t38"."v0" ORDER BY "t38"."v0" ASC) FILTER(WHERE
                        "t38"."v0" IS NOT NULL
                        AND (
                          "t38"."_span" IS NOT NULL
                        )
                        AND (
                          "t38"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) AS BIGINT)
                )
              )
            ) + (
              (
                ARRAY_AGG("t38"."v0" ORDER BY "t38"."v0" ASC) FILTER(WHERE
                  "t38"."v0" IS NOT NULL
                  AND (
                    "t38"."_span" IS NOT NULL
                  )
                  AND (
                    "t38"."v0" IS NOT NULL
                  ))
              )[CASE
                WHEN LEAST(
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t38"."v0" ORDER BY "t38"."v0" ASC) FILTER(WHERE
                        "t38"."v0" IS NOT NULL
                        AND (
                          "t38"."_span" IS NOT NULL
                        )
                        AND (
                          "t38"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) AS BIGINT) + 1,
                  CARDINALITY(
                    ARRAY_AGG("t38"."v0" ORDER BY "t38"."v0" ASC) FILTER(WHERE
                      "t38"."v0" IS NOT NULL
                      AND (
                        "t38"."_span" IS NOT NULL
                      )
                      AND (
                        "t38"."v0" IS NOT NULL
                      ))
                  ) - 1
                ) < 0
                THEN CARDINALITY(
                  ARRAY_AGG("t38"."v0" ORDER BY "t38"."v0" ASC) FILTER(WHERE
                    "t38"."v0" IS NOT NULL
                    AND (
                      "t38"."_span" IS NOT NULL
                    )
                    AND (
                      "t38"."v0" IS NOT NULL
                    ))
                ) + (
                  LEAST(
                    CAST(FLOOR(
                      CAST(CARDINALITY(
                        ARRAY_AGG("t38"."v0" ORDER BY "t38"."v0" ASC) FILTER(WHERE
                          "t38"."v0" IS NOT NULL
                          AND (
                            "t38"."_span" IS NOT NULL
                          )
                          AND (
                            "t38"."v0" IS NOT NULL
                          ))
                      ) - 1 AS DOUBLE PRECISION) * 0.5
                    ) AS BIGINT) + 1,
                    CARDINALITY(
                      ARRAY_AGG("t38"."v0" ORDER BY "t38"."v0" ASC) FILTER(WHERE
                        "t38"."v0" IS NOT NULL
                        AND (
                          "t38"."_span" IS NOT NULL
                        )
                        AND (
                          "t38"."v0" IS NOT NULL
                        ))
                    ) - 1
                  ) + 1
                )
                ELSE LEAST(
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t38"."v0" ORDER BY "t38"."v0" ASC) FILTER(WHERE
                        "t38"."v0" IS NOT NULL
                        AND (
                          "t38"."_span" IS NOT NULL
                        )
                        AND (
                          "t38"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) AS BIGINT) + 1,
                  CARDINALITY(
                    ARRAY_AGG("t38"."v0" ORDER BY "t38"."v0" ASC) FILTER(WHERE
                      "t38"."v0" IS NOT NULL
                      AND (
                        "t38"."_span" IS NOT NULL
                      )
                      AND (
                        "t38"."v0" IS NOT NULL
                      ))
                  ) - 1
                ) + 1
              END] * (
                (
                  CAST(CARDINALITY(
                    ARRAY_AGG("t38"."v0" ORDER BY "t38"."v0" ASC) FILTER(WHERE
                      "t38"."v0" IS NOT NULL
                      AND (
                        "t38"."_span" IS NOT NULL
                      )
                      AND (
                        "t38"."v0" IS NOT NULL
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.5
                ) - CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t38"."v0" ORDER BY "t38"."v0" ASC) FILTER(WHERE
                      "t38"."v0" IS NOT NULL
                      AND (
                        "t38"."_span" IS NOT NULL
                      )
                      AND (
                        "t38"."v0" IS NOT NULL
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.5
                ) AS BIGINT)
              )
            ) AS "a0",
            (
              (
                ARRAY_AGG("t38"."v0" ORDER BY "t38"."v0" ASC) FILTER(WHERE
                  "t38"."v0" IS NOT NULL
                  AND (
                    "t38"."_span" IS NOT NULL
                  )
                  AND (
                    "t38"."v0" IS NOT NULL
                  ))
              )[CASE
                WHEN CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t38"."v0" ORDER BY "t38"."v0" ASC) FILTER(WHERE
                      "t38"."v0" IS NOT NULL
                      AND (
                        "t38"."_span" IS NOT NULL
                      )
                      AND (
                        "t38"."v0" IS NOT NULL
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.9
                ) AS BIGINT) < 0
                THEN CARDINALITY(
                  ARRAY_AGG("t38"."v0" ORDER BY "t38"."v0" ASC) FILTER(WHERE
                    "t38"."v0" IS NOT NULL
                    AND (
                      "t38"."_span" IS NOT NULL
                    )
                    AND (
                      "t38"."v0" IS NOT NULL
                    ))
                ) + (
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t38"."v0" ORDER BY "t38"."v0" ASC) FILTER(WHERE
                        "t38"."v0" IS NOT NULL
                        AND (
                          "t38"."_span" IS NOT NULL
                        )
                        AND (
                          "t38"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.9
                  ) AS BIGINT) + 1
                )
                ELSE CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t38"."v0" ORDER BY "t38"."v0" ASC) FILTER(WHERE
                      "t38"."v0" IS NOT NULL
                      AND (
                        "t38"."_span" IS NOT NULL
                      )
                      AND (
                        "t38"."v0" IS NOT NULL
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.9
                ) AS BIGINT) + 1
              END] * (
                1 - (
                  (
                    CAST(CARDINALITY(
                      ARRAY_AGG("t38"."v0" ORDER BY "t38"."v0" ASC) FILTER(WHERE
                        "t38"."v0" IS NOT NULL
                        AND (
                          "t38"."_span" IS NOT NULL
                        )
                        AND (
                          "t38"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.9
                  ) - CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t38"."v0" ORDER BY "t38"."v0" ASC) FILTER(WHERE
                        "t38"."v0" IS NOT NULL
                        AND (
                          "t38"."_span" IS NOT NULL
                        )
                        AND (
                          "t38"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.9
                  ) AS BIGINT)
                )
              )
            ) + (
              (
                ARRAY_AGG("t38"."v0" ORDER BY "t38"."v0" ASC) FILTER(WHERE
                  "t38"."v0" IS NOT NULL
                  AND (
                    "t38"."_span" IS NOT NULL
                  )
                  AND (
                    "t38"."v0" IS NOT NULL
                  ))
              )[CASE
                WHEN LEAST(
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t38"."v0" ORDER BY "t38"."v0" ASC) FILTER(WHERE
                        "t38"."v0" IS NOT NULL
                        AND (
                          "t38"."_span" IS NOT NULL
                        )
                        AND (
                          "t38"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.9
                  ) AS BIGINT) + 1,
                  CARDINALITY(
                    ARRAY_AGG("t38"."v0" ORDER BY "t38"."v0" ASC) FILTER(WHERE
                      "t38"."v0" IS NOT NULL
                      AND (
                        "t38"."_span" IS NOT NULL
                      )
                      AND (
                        "t38"."v0" IS NOT NULL
                      ))
                  ) - 1
                ) < 0
                THEN CARDINALITY(
                  ARRAY_AGG("t38"."v0" ORDER BY "t38"."v0" ASC) FILTER(WHERE
                    "t38"."v0" IS NOT NULL
                    AND (
                      "t38"."_span" IS NOT NULL
                    )
                    AND (
                      "t38"."v0" IS NOT NULL
                    ))
                ) + (
                  LEAST(
                    CAST(FLOOR(
                      CAST(CARDINALITY(
                        ARRAY_AGG("t38"."v0" ORDER BY "t38"."v0" ASC) FILTER(WHERE
                          "t38"."v0" IS NOT NULL
                          AND (
                            "t38"."_span" IS NOT NULL
                          )
                          AND (
                            "t38"."v0" IS NOT NULL
                          ))
                      ) - 1 AS DOUBLE PRECISION) * 0.9
                    ) AS BIGINT) + 1,
                    CARDINALITY(
                      ARRAY_AGG("t38"."v0" ORDER BY "t38"."v0" ASC) FILTER(WHERE
                        "t38"."v0" IS NOT NULL
                        AND (
                          "t38"."_span" IS NOT NULL
                        )
                        AND (
                          "t38"."v0" IS NOT NULL
                        ))
                    ) - 1
                  ) + 1
                )
                ELSE LEAST(
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t38"."v0" ORDER BY "t38"."v0" ASC) FILTER(WHERE
                        "t38"."v0" IS NOT NULL
                        AND (
                          "t38"."_span" IS NOT NULL
                        )
                        AND (
                          "t38"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.9
                  ) AS BIGINT) + 1,
                  CARDINALITY(
                    ARRAY_AGG("t38"."v0" ORDER BY "t38"."v0" ASC) FILTER(WHERE
                      "t38"."v0" IS NOT NULL
                      AND (
                        "t38"."_span" IS NOT NULL
                      )
                      AND (
                        "t38"."v0" IS NOT NULL
                      ))
                  ) - 1
                ) + 1
              END] * (
                (
                  CAST(CARDINALITY(
                    ARRAY_AGG("t38"."v0" ORDER BY "t38"."v0" ASC) FILTER(WHERE
                      "t38"."v0" IS NOT NULL
                      AND (
                        "t38"."_span" IS NOT NULL
                      )
                      AND (
                        "t38"."v0" IS NOT NULL
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.9
                ) - CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t38"."v0" ORDER BY "t38"."v0" ASC) FILTER(WHERE
                      "t38"."v0" IS NOT NULL
                      AND (
                        "t38"."_span" IS NOT NULL
                      )
                      AND (
                        "t38"."v0" IS NOT NULL
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.9
                ) AS BIGINT)
              )
            ) AS "a1"
          FROM (
            SELECT
              "t20"."_at",
              "t20"."v0",
              CASE
                WHEN "t20"."_at" < 380
                THEN CASE WHEN "t20"."_at" < 61 THEN CAST(NULL AS BIGINT) ELSE 17 END
                ELSE CASE
                  WHEN "t20"."_at" < 426
                  THEN CAST(NULL AS BIGINT)
                  ELSE CASE WHEN "t20"."_at" < 745 THEN 16 ELSE CAST(NULL AS BIGINT) END
                END
              END AS "_span"
            FROM (
              SELECT
                CAST(FLOOR(
                  CAST((
                    (
                      CAST(EXTRACT('epoch' FROM "t2"."quoted_at") AS DOUBLE PRECISION) + CASE
                        WHEN "t2"."quoted_at" < CAST('2025-03-09T08:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -21600
                        WHEN "t2"."quoted_at" < CAST('2025-11-02T07:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -18000
                        WHEN "t2"."quoted_at" < CAST('2026-03-08T08:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -21600
                        WHEN "t2"."quoted_at" < CAST('2026-11-01T07:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -18000
                        ELSE -21600
                      END
                    ) - 1730419200
                  ) AS DOUBLE PRECISION) / 86400
                ) AS BIGINT) AS "_at",
                CAST((
                  CASE
                    WHEN (
                      "t2"."quoted_at" >= CAST('2023-11-28T00:00:00+00:00' AS TIMESTAMPTZ(6))
                    )
                    AND (
                      "t2"."quoted_at" < CAST('2027-12-20T00:00:00+00:00' AS TIMESTAMPTZ(6))
                    )
                    THEN CAST(EXTRACT('epoch' FROM "t2"."quoted_at") AS DOUBLE PRECISION) + CASE
                      WHEN (
                        "t2"."quoted_at" >= CAST('2024-11-03T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t2"."quoted_at" < CAST('2024-11-03T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t2"."quoted_at" >= CAST('2025-11-02T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t2"."quoted_at" < CAST('2025-11-02T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t2"."quoted_at" >= CAST('2026-11-01T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t2"."quoted_at" < CAST('2026-11-01T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t2"."quoted_at" >= CAST('2027-11-07T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t2"."quoted_at" < CAST('2027-11-07T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      ELSE 0
                    END
                    ELSE CAST(EXTRACT('epoch' FROM TIMEZONE('America/Chicago', TIMEZONE('America/Chicago', "t2"."quoted_at"))) AS DOUBLE PRECISION)
                  END - CASE
                    WHEN (
                      "t2"."created_at" >= CAST('2023-11-28T00:00:00+00:00' AS TIMESTAMPTZ(6))
                    )
                    AND (
                      "t2"."created_at" < CAST('2027-12-20T00:00:00+00:00' AS TIMESTAMPTZ(6))
                    )
                    THEN CAST(EXTRACT('epoch' FROM "t2"."created_at") AS DOUBLE PRECISION) + CASE
                      WHEN (
                        "t2"."created_at" >= CAST('2024-11-03T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t2"."created_at" < CAST('2024-11-03T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t2"."created_at" >= CAST('2025-11-02T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t2"."created_at" < CAST('2025-11-02T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t2"."created_at" >= CAST('2026-11-01T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t2"."created_at" < CAST('2026-11-01T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t2"."created_at" >= CAST('2027-11-07T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t2"."created_at" < CAST('2027-11-07T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      ELSE 0
                    END
                    ELSE CAST(EXTRACT('epoch' FROM TIMEZONE('America/Chicago', TIMEZONE('America/Chicago', "t2"."created_at"))) AS DOUBLE PRECISION)
                  END
                ) AS DOUBLE PRECISION) / 86400.0 AS "v0"
              FROM (
                SELECT
                  *
                FROM "crm"."opportunities" AS "t0"
                WHERE
                  "t0"."quoted_at" >= CAST('2024-12-31T00:00:00+00:00' AS TIMESTAMPTZ(6))
                  AND "t0"."quoted_at" < CAST('2026-11-17T00:00:00+00:00' AS TIMESTAMPTZ(6))
                  AND 13 = 13
              ) AS "t2"
            ) AS "t20"
          ) AS "t38"
          GROUP BY
            1
        ) AS "t64"
      ) AS "t70"
    ) AS "t87"
  ) AS "t89"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM (
      SELECT
        *
      FROM (
        SELECT
          14 AS "_branch",
          "t66"."_at",
          CAST(NULL AS VARCHAR) AS "_by",
          "t66"."a0",
          "t66"."a1",
          CAST(NULL AS DOUBLE PRECISION) AS "a2",
          CAST(NULL AS DOUBLE PRECISION) AS "a3",
          CAST(NULL AS DOUBLE PRECISION) AS "a4",
          CAST(NULL AS DOUBLE PRECISION) AS "a5"
        FROM (
          SELECT
            "t40"."_span" AS "_at",
            (
              (
                ARRAY_AGG("t40"."v0" ORDER BY "t40"."v0" ASC) FILTER(WHERE
                  "t40"."v0" IS NOT NULL
                  AND (
                    "t40"."_span" IS NOT NULL
                  )
                  AND (
                    "t40"."v0" IS NOT NULL
                  ))
              )[CASE
                WHEN CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t40"."v0" ORDER BY "t40"."v0" ASC) FILTER(WHERE
                      "t40"."v0" IS NOT NULL
                      AND (
                        "t40"."_span" IS NOT NULL
                      )
                      AND (
                        "t40"."v0" IS NOT NULL
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.5
                ) AS BIGINT) < 0
                THEN CARDINALITY(
                  ARRAY_AGG("t40"."v0" ORDER BY "t40"."v0" ASC) FILTER(WHERE
                    "t40"."v0" IS NOT NULL
                    AND (
                      "t40"."_span" IS NOT NULL
                    )
                    AND (
                      "t40"."v0" IS NOT NULL
                    ))
                ) + (
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t40"."v0" ORDER BY "t40"."v0" ASC) FILTER(WHERE
                        "t40"."v0" IS NOT NULL
                        AND (
                          "t40"."_span" IS NOT NULL
                        )
                        AND (
                          "t40"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) AS BIGINT) + 1
                )
                ELSE CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t40"."v0" ORDER BY "t40"."v0" ASC) FILTER(WHERE
                      "t40"."v0" IS NOT NULL
                      AND (
                        "t40"."_span" IS NOT NULL
                      )
                      AND (
                        "t40"."v0" IS NOT NULL
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.5
                ) AS BIGINT) + 1
              END] * (
                1 - (
                  (
                    CAST(CARDINALITY(
                      ARRAY_AGG("t40"."v0" ORDER BY "t40"."v0" ASC) FILTER(WHERE
                        "t40"."v0" IS NOT NULL
                        AND (
                          "t40"."_span" IS NOT NULL
                        )
                        AND (
                          "t40"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) - CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t40"."v0" ORDER BY "t40"."v0" ASC) FILTER(WHERE
                        "t40"."v0" IS NOT NULL
                        AND (
                          "t40"."_span" IS NOT NULL
                        )
                        AND (
                          "t40"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) AS BIGINT)
                )
              )
            ) + (
              (
                ARRAY_AGG("t40"."v0" ORDER BY "t40"."v0" ASC) FILTER(WHERE
                  "t40"."v0" IS NOT NULL
                  AND (
                    "t40"."_span" IS NOT NULL
                  )
                  AND (
                    "t40"."v0" IS NOT NULL
                  ))
              )[CASE
                WHEN LEAST(
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t40"."v0" ORDER BY "t40"."v0" ASC) FILTER(WHERE
                        "t40"."v0" IS NOT NULL
                        AND (
                          "t40"."_span" IS NOT NULL
                        )
                        AND (
                          "t40"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) AS BIGINT) + 1,
                  CARDINALITY(
                    ARRAY_AGG("t40"."v0" ORDER BY "t40"."v0" ASC) FILTER(WHERE
                      "t40"."v0" IS NOT NULL
                      AND (
                        "t40"."_span" IS NOT NULL
                      )
                      AND (
                        "t40"."v0" IS NOT NULL
                      ))
                  ) - 1
                ) < 0
                THEN CARDINALITY(
                  ARRAY_AGG("t40"."v0" ORDER BY "t40"."v0" ASC) FILTER(WHERE
                    "t40"."v0" IS NOT NULL
                    AND (
                      "t40"."_span" IS NOT NULL
                    )
                    AND (
                      "t40"."v0" IS NOT NULL
                    ))
                ) + (
                  LEAST(
                    CAST(FLOOR(
                      CAST(CARDINALITY(
                        ARRAY_AGG("t40"."v0" ORDER BY "t40"."v0" ASC) FILTER(WHERE
                          "t40"."v0" IS NOT NULL
                          AND (
                            "t40"."_span" IS NOT NULL
                          )
                          AND (
                            "t40"."v0" IS NOT NULL
                          ))
                      ) - 1 AS DOUBLE PRECISION) * 0.5
                    ) AS BIGINT) + 1,
                    CARDINALITY(
                      ARRAY_AGG("t40"."v0" ORDER BY "t40"."v0" ASC) FILTER(WHERE
                        "t40"."v0" IS NOT NULL
                        AND (
                          "t40"."_span" IS NOT NULL
                        )
                        AND (
                          "t40"."v0" IS NOT NULL
                        ))
                    ) - 1
                  ) + 1
                )
                ELSE LEAST(
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t40"."v0" ORDER BY "t40"."v0" ASC) FILTER(WHERE
                        "t40"."v0" IS NOT NULL
                        AND (
                          "t40"."_span" IS NOT NULL
                        )
                        AND (
                          "t40"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) AS BIGINT) + 1,
                  CARDINALITY(
                    ARRAY_AGG("t40"."v0" ORDER BY "t40"."v0" ASC) FILTER(WHERE
                      "t40"."v0" IS NOT NULL
                      AND (
                        "t40"."_span" IS NOT NULL
                      )
                      AND (
                        "t40"."v0" IS NOT NULL
                      ))
                  ) - 1
                ) + 1
              END] * (
                (
                  CAST(CARDINALITY(
                    ARRAY_AGG("t40"."v0" ORDER BY "t40"."v0" ASC) FILTER(WHERE
                      "t40"."v0" IS NOT NULL
                      AND (
                        "t40"."_span" IS NOT NULL
                      )
                      AND (
                        "t40"."v0" IS NOT NULL
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.5
                ) - CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t40"."v0" ORDER BY "t40"."v0" ASC) FILTER(WHERE
                      "t40"."v0" IS NOT NULL
                      AND (
                        "t40"."_span" IS NOT NULL
                      )
                      AND (
                        "t40"."v0" IS NOT NULL
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.5
                ) AS BIGINT)
              )
            ) AS "a0",
            (
              (
                ARRAY_AGG("t40"."v0" ORDER BY "t40"."v0" ASC) FILTER(WHERE
                  "t40"."v0" IS NOT NULL
                  AND (
                    "t40"."_span" IS NOT NULL
                  )
                  AND (
                    "t40"."v0" IS NOT NULL
                  ))
              )[CASE
                WHEN CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t40"."v0" ORDER BY "t40"."v0" ASC) FILTER(WHERE
                      "t40"."v0" IS NOT NULL
                      AND (
                        "t40"."_span" IS NOT NULL
                      )
                      AND (
                        "t40"."v0" IS NOT NULL
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.9
                ) AS BIGINT) < 0
                THEN CARDINALITY(
                  ARRAY_AGG("t40"."v0" ORDER BY "t40"."v0" ASC) FILTER(WHERE
                    "t40"."v0" IS NOT NULL
                    AND (
                      "t40"."_span" IS NOT NULL
                    )
                    AND (
                      "t40"."v0" IS NOT NULL
                    ))
                ) + (
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t40"."v0" ORDER BY "t40"."v0" ASC) FILTER(WHERE
                        "t40"."v0" IS NOT NULL
                        AND (
                          "t40"."_span" IS NOT NULL
                        )
                        AND (
                          "t40"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.9
                  ) AS BIGINT) + 1
                )
                ELSE CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t40"."v0" ORDER BY "t40"."v0" ASC) FILTER(WHERE
                      "t40"."v0" IS NOT NULL
                      AND (
                        "t40"."_span" IS NOT NULL
                      )
                      AND (
                        "t40"."v0" IS NOT NULL
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.9
                ) AS BIGINT) + 1
              END] * (
                1 - (
                  (
                    CAST(CARDINALITY(
                      ARRAY_AGG("t40"."v0" ORDER BY "t40"."v0" ASC) FILTER(WHERE
                        "t40"."v0" IS NOT NULL
                        AND (
                          "t40"."_span" IS NOT NULL
                        )
                        AND (
                          "t40"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.9
                  ) - CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t40"."v0" ORDER BY "t40"."v0" ASC) FILTER(WHERE
                        "t40"."v0" IS NOT NULL
                        AND (
                          "t40"."_span" IS NOT NULL
                        )
                        AND (
                          "t40"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.9
                  ) AS BIGINT)
                )
              )
            ) + (
              (
                ARRAY_AGG("t40"."v0" ORDER BY "t40"."v0" ASC) FILTER(WHERE
                  "t40"."v0" IS NOT NULL
                  AND (
                    "t40"."_span" IS NOT NULL
                  )
                  AND (
                    "t40"."v0" IS NOT NULL
                  ))
              )[CASE
                WHEN LEAST(
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t40"."v0" ORDER BY "t40"."v0" ASC) FILTER(WHERE
                        "t40"."v0" IS NOT NULL
                        AND (
                          "t40"."_span" IS NOT NULL
                        )
                        AND (
                          "t40"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.9
                  ) AS BIGINT) + 1,
                  CARDINALITY(
                    ARRAY_AGG("t40"."v0" ORDER BY "t40"."v0" ASC) FILTER(WHERE
                      "t40"."v0" IS NOT NULL
                      AND (
                        "t40"."_span" IS NOT NULL
                      )
                      AND (
                        "t40"."v0" IS NOT NULL
                      ))
                  ) - 1
                ) < 0
                THEN CARDINALITY(
                  ARRAY_AGG("t40"."v0" ORDER BY "t40"."v0" ASC) FILTER(WHERE
                    "t40"."v0" IS NOT NULL
                    AND (
                      "t40"."_span" IS NOT NULL
                    )
                    AND (
                      "t40"."v0" IS NOT NULL
                    ))
                ) + (
                  LEAST(
                    CAST(FLOOR(
                      CAST(CARDINALITY(
                        ARRAY_AGG("t40"."v0" ORDER BY "t40"."v0" ASC) FILTER(WHERE
                          "t40"."v0" IS NOT NULL
                          AND (
                            "t40"."_span" IS NOT NULL
                          )
                          AND (
                            "t40"."v0" IS NOT NULL
                          ))
                      ) - 1 AS DOUBLE PRECISION) * 0.9
                    ) AS BIGINT) + 1,
                    CARDINALITY(
                      ARRAY_AGG("t40"."v0" ORDER BY "t40"."v0" ASC) FILTER(WHERE
                        "t40"."v0" IS NOT NULL
                        AND (
                          "t40"."_span" IS NOT NULL
                        )
                        AND (
                          "t40"."v0" IS NOT NULL
                        ))
                    ) - 1
                  ) + 1
                )
                ELSE LEAST(
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t40"."v0" ORDER BY "t40"."v0" ASC) FILTER(WHERE
                        "t40"."v0" IS NOT NULL
                        AND (
                          "t40"."_span" IS NOT NULL
                        )
                        AND (
                          "t40"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.9
                  ) AS BIGINT) + 1,
                  CARDINALITY(
                    ARRAY_AGG("t40"."v0" ORDER BY "t40"."v0" ASC) FILTER(WHERE
                      "t40"."v0" IS NOT NULL
                      AND (
                        "t40"."_span" IS NOT NULL
                      )
                      AND (
                        "t40"."v0" IS NOT NULL
                      ))
                  ) - 1
                ) + 1
              END] * (
                (
                  CAST(CARDINALITY(
                    ARRAY_AGG("t40"."v0" ORDER BY "t40"."v0" ASC) FILTER(WHERE
                      "t40"."v0" IS NOT NULL
                      AND (
                        "t40"."_span" IS NOT NULL
                      )
                      AND (
                        "t40"."v0" IS NOT NULL
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.9
                ) - CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t40"."v0" ORDER BY "t40"."v0" ASC) FILTER(WHERE
                      "t40"."v0" IS NOT NULL
                      AND (
                        "t40"."_span" IS NOT NULL
                      )
                      AND (
                        "t40"."v0" IS NOT NULL
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.9
                ) AS BIGINT)
              )
            ) AS "a1"
          FROM (
            SELECT
              "t21"."_at",
              "t21"."v0",
              CASE
                WHEN "t21"."_at" < 607
                THEN CASE
                  WHEN "t21"."_at" < 563
                  THEN CASE
                    WHEN "t21"."_at" < 334
                    THEN CAST(NULL AS BIGINT)
                    ELSE CASE WHEN "t21"."_at" < 380 THEN 15 ELSE CAST(NULL AS BIGINT) END
                  END
                  ELSE CASE
                    WHEN "t21"."_at" < 570
                    THEN 42
                    ELSE CASE WHEN "t21"."_at" < 577 THEN 43 ELSE 25 END
                  END
                END
                ELSE CASE
                  WHEN "t21"."_at" < 699
                  THEN CASE
                    WHEN "t21"."_at" < 638
                    THEN 26
                    ELSE CASE WHEN "t21"."_at" < 669 THEN 27 ELSE 28 END
                  END
                  ELSE CASE
                    WHEN "t21"."_at" < 730
                    THEN 29
                    ELSE CASE WHEN "t21"."_at" < 745 THEN 12 ELSE CAST(NULL AS BIGINT) END
                  END
                END
              END AS "_span"
            FROM (
              SELECT
                CAST(FLOOR(
                  CAST((
                    (
                      CAST(EXTRACT('epoch' FROM "t3"."quoted_at") AS DOUBLE PRECISION) + CASE
                        WHEN "t3"."quoted_at" < CAST('2025-11-02T07:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -18000
                        WHEN "t3"."quoted_at" < CAST('2026-03-08T08:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -21600
                        WHEN "t3"."quoted_at" < CAST('2026-11-01T07:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -18000
                        ELSE -21600
                      END
                    ) - 1730419200
                  ) AS DOUBLE PRECISION) / 86400
                ) AS BIGINT) AS "_at",
                CAST((
                  CASE
                    WHEN (
                      "t3"."quoted_at" >= CAST('2024-08-27T00:00:00+00:00' AS TIMESTAMPTZ(6))
                    )
                    AND (
                      "t3"."quoted_at" < CAST('2027-12-20T00:00:00+00:00' AS TIMESTAMPTZ(6))
                    )
                    THEN CAST(EXTRACT('epoch' FROM "t3"."quoted_at") AS DOUBLE PRECISION) + CASE
                      WHEN (
                        "t3"."quoted_at" >= CAST('2024-11-03T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t3"."quoted_at" < CAST('2024-11-03T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t3"."quoted_at" >= CAST('2025-11-02T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t3"."quoted_at" < CAST('2025-11-02T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t3"."quoted_at" >= CAST('2026-11-01T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t3"."quoted_at" < CAST('2026-11-01T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t3"."quoted_at" >= CAST('2027-11-07T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t3"."quoted_at" < CAST('2027-11-07T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      ELSE 0
                    END
                    ELSE CAST(EXTRACT('epoch' FROM TIMEZONE('America/Chicago', TIMEZONE('America/Chicago', "t3"."quoted_at"))) AS DOUBLE PRECISION)
                  END - CASE
                    WHEN (
                      "t3"."created_at" >= CAST('2024-08-27T00:00:00+00:00' AS TIMESTAMPTZ(6))
                    )
                    AND (
                      "t3"."created_at" < CAST('2027-12-20T00:00:00+00:00' AS TIMESTAMPTZ(6))
                    )
                    THEN CAST(EXTRACT('epoch' FROM "t3"."created_at") AS DOUBLE PRECISION) + CASE
                      WHEN (
                        "t3"."created_at" >= CAST('2024-11-03T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t3"."created_at" < CAST('2024-11-03T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t3"."created_at" >= CAST('2025-11-02T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t3"."created_at" < CAST('2025-11-02T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t3"."created_at" >= CAST('2026-11-01T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t3"."created_at" < CAST('2026-11-01T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t3"."created_at" >= CAST('2027-11-07T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t3"."created_at" < CAST('2027-11-07T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      ELSE 0
                    END
                    ELSE CAST(EXTRACT('epoch' FROM TIMEZONE('America/Chicago', TIMEZONE('America/Chicago', "t3"."created_at"))) AS DOUBLE PRECISION)
                  END
                ) AS DOUBLE PRECISION) / 86400.0 AS "v0"
              FROM (
                SELECT
                  *
                FROM "crm"."opportunities" AS "t0"
                WHERE
                  "t0"."quoted_at" >= CAST('2025-09-30T00:00:00+00:00' AS TIMESTAMPTZ(6))
                  AND "t0"."quoted_at" < CAST('2026-11-17T00:00:00+00:00' AS TIMESTAMPTZ(6))
                  AND 14 = 14
              ) AS "t3"
            ) AS "t21"
          ) AS "t40"
          GROUP BY
            1
        ) AS "t66"
      ) AS "t75"
      UNION ALL
      SELECT
        *
      FROM (
        SELECT
          15 AS "_branch",
          "t67"."_at",
          CAST(NULL AS VARCHAR) AS "_by",
          "t67"."a0",
          "t67"."a1",
          CAST(NULL AS DOUBLE PRECISION) AS "a2",
          CAST(NULL AS DOUBLE PRECISION) AS "a3",
          CAST(NULL AS DOUBLE PRECISION) AS "a4",
          CAST(NULL AS DOUBLE PRECISION) AS "a5"
        FROM (
          SELECT
            "t41"."_span" AS "_at",
            (
              (
                ARRAY_AGG("t41"."v0" ORDER BY "t41"."v0" ASC) FILTER(WHERE
                  "t41"."v0" IS NOT NULL
                  AND (
                    "t41"."_span" IS NOT NULL
                  )
                  AND (
                    "t41"."v0" IS NOT NULL
                  ))
              )[CASE
                WHEN CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t41"."v0" ORDER BY "t41"."v0" ASC) FILTER(WHERE
                      "t41"."v0" IS NOT NULL
                      AND (
                        "t41"."_span" IS NOT NULL
                      )
                      AND (
                        "t41"."v0" IS NOT NULL
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.5
                ) AS BIGINT) < 0
                THEN CARDINALITY(
                  ARRAY_AGG("t41"."v0" ORDER BY "t41"."v0" ASC) FILTER(WHERE
                    "t41"."v0" IS NOT NULL
                    AND (
                      "t41"."_span" IS NOT NULL
                    )
                    AND (
                      "t41"."v0" IS NOT NULL
                    ))
                ) + (
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t41"."v0" ORDER BY "t41"."v0" ASC) FILTER(WHERE
                        "t41"."v0" IS NOT NULL
                        AND (
                          "t41"."_span" IS NOT NULL
                        )
                        AND (
                          "t41"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) AS BIGINT) + 1
                )
                ELSE CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t41"."v0" ORDER BY "t41"."v0" ASC) FILTER(WHERE
                      "t41"."v0" IS NOT NULL
                      AND (
                        "t41"."_span" IS NOT NULL
                      )
                      AND (
                        "t41"."v0" IS NOT NULL
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.5
                ) AS BIGINT) + 1
              END] * (
                1 - (
                  (
                    CAST(CARDINALITY(
                      ARRAY_AGG("t41"."v0" ORDER BY "t41"."v0" ASC) FILTER(WHERE
                        "t41"."v0" IS NOT NULL
                        AND (
                          "t41"."_span" IS NOT NULL
                        )
                        AND (
                          "t41"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) - CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t41"."v0" ORDER BY "t41"."v0" ASC) FILTER(WHERE
                        "t41"."v0" IS NOT NULL
                        AND (
                          "t41"."_span" IS NOT NULL
                        )
                        AND (
                          "t41"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) AS BIGINT)
                )
              )
            ) + (
              (
                ARRAY_AGG("t41"."v0" ORDER BY "t41"."v0" ASC) FILTER(WHERE
                  "t41"."v0" IS NOT NULL
                  AND (
                    "t41"."_span" IS NOT NULL
                  )
                  AND (
                    "t41"."v0" IS NOT NULL
                  ))
              )[CASE
                WHEN LEAST(
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t41"."v0" ORDER BY "t41"."v0" ASC) FILTER(WHERE
                        "t41"."v0" IS NOT NULL
                        AND (
                          "t41"."_span" IS NOT NULL
                        )
                        AND (
                          "t41"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) AS BIGINT) + 1,
                  CARDINALITY(
                    ARRAY_AGG("t41"."v0" ORDER BY "t41"."v0" ASC) FILTER(WHERE
                      "t41"."v0" IS NOT NULL
                      AND (
                        "t41"."_span" IS NOT NULL
                      )
                      AND (
                        "t41"."v0" IS NOT NULL
                      ))
                  ) - 1
                ) < 0
                THEN CARDINALITY(
                  ARRAY_AGG("t41"."v0" ORDER BY "t41"."v0" ASC) FILTER(WHERE
                    "t41"."v0" IS NOT NULL
                    AND (
                      "t41"."_span" IS NOT NULL
                    )
                    AND (
                      "t41"."v0" IS NOT NULL
                    ))
                ) + (
                  LEAST(
                    CAST(FLOOR(
                      CAST(CARDINALITY(
                        ARRAY_AGG("t41"."v0" ORDER BY "t41"."v0" ASC) FILTER(WHERE
                          "t41"."v0" IS NOT NULL
                          AND (
                            "t41"."_span" IS NOT NULL
                          )
                          AND (
                            "t41"."v0" IS NOT NULL
                          ))
                      ) - 1 AS DOUBLE PRECISION) * 0.5
                    ) AS BIGINT) + 1,
                    CARDINALITY(
                      ARRAY_AGG("t41"."v0" ORDER BY "t41"."v0" ASC) FILTER(WHERE
                        "t41"."v0" IS NOT NULL
                        AND (
                          "t41"."_span" IS NOT NULL
                        )
                        AND (
                          "t41"."v0" IS NOT NULL
                        ))
                    ) - 1
                  ) + 1
                )
                ELSE LEAST(
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t41"."v0" ORDER BY "t41"."v0" ASC) FILTER(WHERE
                        "t41"."v0" IS NOT NULL
                        AND (
                          "t41"."_span" IS NOT NULL
                        )
                        AND (
                          "t41"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) AS BIGINT) + 1,
                  CARDINALITY(
                    ARRAY_AGG("t41"."v0" ORDER BY "t41"."v0" ASC) FILTER(WHERE
                      "t41"."v0" IS NOT NULL
                      AND (
                        "t41"."_span" IS NOT NULL
                      )
                      AND (
                        "t41"."v0" IS NOT NULL
                      ))
                  ) - 1
                ) + 1
              END] * (
                (
                  CAST(CARDINALITY(
                    ARRAY_AGG("t41"."v0" ORDER BY "t41"."v0" ASC) FILTER(WHERE
                      "t41"."v0" IS NOT NULL
                      AND (
                        "t41"."_span" IS NOT NULL
                      )
                      AND (
                        "t41"."v0" IS NOT NULL
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.5
                ) - CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t41"."v0" ORDER BY "t41"."v0" ASC) FILTER(WHERE
                      "t41"."v0" IS NOT NULL
                      AND (
                        "t41"."_span" IS NOT NULL
                      )
                      AND (
                        "t41"."v0" IS NOT NULL
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.5
                ) AS BIGINT)
              )
            ) AS "a0",
            (
              (
                ARRAY_AGG("t41"."v0" ORDER BY "t41"."v0" ASC) FILTER(WHERE
                  "t41"."v0" IS NOT NULL
                  AND (
                    "t41"."_span" IS NOT NULL
                  )
                  AND (
                    "t41"."v0" IS NOT NULL
                  ))
              )[CASE
                WHEN CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t41"."v0" ORDER BY "t41"."v0" ASC) FILTER(WHERE
                      "t41"."v0" IS NOT NULL
                      AND (
                        "t41"."_span" IS NOT NULL
                      )
                      AND (
                        "t41"."v0" IS NOT NULL
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.9
                ) AS BIGINT) < 0
                THEN CARDINALITY(
                  ARRAY_AGG("t41"."v0" ORDER BY "t41"."v0" ASC) FILTER(WHERE
                    "t41"."v0" IS NOT NULL
                    AND (
                      "t41"."_span" IS NOT NULL
                    )
                    AND (
                      "t41"."v0" IS NOT NULL
                    ))
                ) + (
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t41"."v0" ORDER BY "t41"."v0" ASC) FILTER(WHERE
                        "t41"."v0" IS NOT NULL
                        AND (
                          "t41"."_span" IS NOT NULL
                        )
                        AND (
                          "t41"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.9
                  ) AS BIGINT) + 1
                )
                ELSE CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t41"."v0" ORDER BY "t41"."v0" ASC) FILTER(WHERE
                      "t41"."v0" IS NOT NULL
                      AND (
                        "t41"."_span" IS NOT NULL
                      )
                      AND (
                        "t41"."v0" IS NOT NULL
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.9
                ) AS BIGINT) + 1
              END] * (
                1 - (
                  (
                    CAST(CARDINALITY(
                      ARRAY_AGG("t41"."v0" ORDER BY "t41"."v0" ASC) FILTER(WHERE
                        "t41"."v0" IS NOT NULL
                        AND (
                          "t41"."_span" IS NOT NULL
                        )
                        AND (
                          "t41"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.9
                  ) - CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t41"."v0" ORDER BY "t41"."v0" ASC) FILTER(WHERE
                        "t41"."v0" IS NOT NULL
                        AND (
                          "t41"."_span" IS NOT NULL
                        )
                        AND (
                          "t41"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.9
                  ) AS BIGINT)
                )
              )
            ) + (
              (
                ARRAY_AGG("t41"."v0" ORDER BY "t41"."v0" ASC) FILTER(WHERE
                  "t41"."v0" IS NOT NULL
                  AND (
                    "t41"."_span" IS NOT NULL
                  )
                  AND (
                    "t41"."v0" IS NOT NULL
                  ))
              )[CASE
                WHEN LEAST(
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t41"."v0" ORDER BY "t41"."v0" ASC) FILTER(WHERE
                        "t41"."v0" IS NOT NULL
                        AND (
                          "t41"."_span" IS NOT NULL
                        )
                        AND (
                          "t41"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.9
                  ) AS BIGINT) + 1,
                  CARDINALITY(
                    ARRAY_AGG("t41"."v0" ORDER BY "t41"."v0" ASC) FILTER(WHERE
                      "t41"."v0" IS NOT NULL
                      AND (
                        "t41"."_span" IS NOT NULL
                      )
                      AND (
                        "t41"."v0" IS NOT NULL
                      ))
                  ) - 1
                ) < 0
                THEN CARDINALITY(
                  ARRAY_AGG("t41"."v0" ORDER BY "t41"."v0" ASC) FILTER(WHERE
                    "t41"."v0" IS NOT NULL
                    AND (
                      "t41"."_span" IS NOT NULL
                    )
                    AND (
                      "t41"."v0" IS NOT NULL
                    ))
                ) + (
                  LEAST(
                    CAST(FLOOR(
                      CAST(CARDINALITY(
                        ARRAY_AGG("t41"."v0" ORDER BY "t41"."v0" ASC) FILTER(WHERE
                          "t41"."v0" IS NOT NULL
                          AND (
                            "t41"."_span" IS NOT NULL
                          )
                          AND (
                            "t41"."v0" IS NOT NULL
                          ))
                      ) - 1 AS DOUBLE PRECISION) * 0.9
                    ) AS BIGINT) + 1,
                    CARDINALITY(
                      ARRAY_AGG("t41"."v0" ORDER BY "t41"."v0" ASC) FILTER(WHERE
                        "t41"."v0" IS NOT NULL
                        AND (
                          "t41"."_span" IS NOT NULL
                        )
                        AND (
                          "t41"."v0" IS NOT NULL
                        ))
                    ) - 1
                  ) + 1
                )
                ELSE LEAST(
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t41"."v0" ORDER BY "t41"."v0" ASC) FILTER(WHERE
                        "t41"."v0" IS NOT NULL
                        AND (
                          "t41"."_span" IS NOT NULL
                        )
                        AND (
                          "t41"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.9
                  ) AS BIGINT) + 1,
                  CARDINALITY(
                    ARRAY_AGG("t41"."v0" ORDER BY "t41"."v0" ASC) FILTER(WHERE
                      "t41"."v0" IS NOT NULL
                      AND (
                        "t41"."_span" IS NOT NULL
                      )
                      AND (
                        "t41"."v0" IS NOT NULL
                      ))
                  ) - 1
                ) + 1
              END] * (
                (
                  CAST(CARDINALITY(
                    ARRAY_AGG("t41"."v0" ORDER BY "t41"."v0" ASC) FILTER(WHERE
                      "t41"."v0" IS NOT NULL
                      AND (
                        "t41"."_span" IS NOT NULL
                      )
                      AND (
                        "t41"."v0" IS NOT NULL
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.9
                ) - CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t41"."v0" ORDER BY "t41"."v0" ASC) FILTER(WHERE
                      "t41"."v0" IS NOT NULL
                      AND (
                        "t41"."_span" IS NOT NULL
                      )
                      AND (
                        "t41"."v0" IS NOT NULL
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.9
                ) AS BIGINT)
              )
            ) AS "a1"
          FROM (
            SELECT
              "t22"."_at",
              "t22"."v0",
              CASE
                WHEN "t22"."_at" < 367
                THEN CASE
                  WHEN "t22"."_at" < 346
                  THEN CASE WHEN "t22"."_at" < 339 THEN CAST(NULL AS BIGINT) ELSE 6 END
                  ELSE CASE
                    WHEN "t22"."_at" < 353
                    THEN 7
                    ELSE CASE WHEN "t22"."_at" < 360 THEN 8 ELSE 9 END
                  END
                END
                ELSE CASE
                  WHEN "t22"."_at" < 381
                  THEN CASE WHEN "t22"."_at" < 374 THEN 10 ELSE 11 END
                  ELSE CASE
                    WHEN "t22"."_at" < 699
                    THEN CAST(NULL AS BIGINT)
                    ELSE CASE WHEN "t22"."_at" < 745 THEN 14 ELSE CAST(NULL AS BIGINT) END
                  END
                END
              END AS "_span"
            FROM (
              SELECT
                CAST(FLOOR(
                  CAST((
                    (
                      CAST(EXTRACT('epoch' FROM "t4"."quoted_at") AS DOUBLE PRECISION) + CASE
                        WHEN "t4"."quoted_at" < CAST('2025-11-02T07:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -18000
                        WHEN "t4"."quoted_at" < CAST('2026-03-08T08:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -21600
                        WHEN "t4"."quoted_at" < CAST('2026-11-01T07:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -18000
                        ELSE -21600
                      END
                    ) - 1730419200
                  ) AS DOUBLE PRECISION) / 86400
                ) AS BIGINT) AS "_at",
                CAST((
                  CASE
                    WHEN (
                      "t4"."quoted_at" >= CAST('2024-09-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
                    )
                    AND (
                      "t4"."quoted_at" < CAST('2027-12-20T00:00:00+00:00' AS TIMESTAMPTZ(6))
                    )
                    THEN CAST(EXTRACT('epoch' FROM "t4"."quoted_at") AS DOUBLE PRECISION) + CASE
                      WHEN (
                        "t4"."quoted_at" >= CAST('2024-11-03T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t4"."quoted_at" < CAST('2024-11-03T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t4"."quoted_at" >= CAST('2025-11-02T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t4"."quoted_at" < CAST('2025-11-02T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t4"."quoted_at" >= CAST('2026-11-01T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t4"."quoted_at" < CAST('2026-11-01T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t4"."quoted_at" >= CAST('2027-11-07T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t4"."quoted_at" < CAST('2027-11-07T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      ELSE 0
                    END
                    ELSE CAST(EXTRACT('epoch' FROM TIMEZONE('America/Chicago', TIMEZONE('America/Chicago', "t4"."quoted_at"))) AS DOUBLE PRECISION)
                  END - CASE
                    WHEN (
                      "t4"."created_at" >= CAST('2024-09-01T00:00:00+00:00' AS TIMESTAMPTZ(6))
                    )
                    AND (
                      "t4"."created_at" < CAST('2027-12-20T00:00:00+00:00' AS TIMESTAMPTZ(6))
                    )
                    THEN CAST(EXTRACT('epoch' FROM "t4"."created_at") AS DOUBLE PRECISION) + CASE
                      WHEN (
                        "t4"."created_at" >= CAST('2024-11-03T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t4"."created_at" < CAST('2024-11-03T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t4"."created_at" >= CAST('2025-11-02T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t4"."created_at" < CAST('2025-11-02T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t4"."created_at" >= CAST('2026-11-01T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t4"."created_at" < CAST('2026-11-01T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t4"."created_at" >= CAST('2027-11-07T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t4"."created_at" < CAST('2027-11-07T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      ELSE 0
                    END
                    ELSE CAST(EXTRACT('epoch' FROM TIMEZONE('America/Chicago', TIMEZONE('America/Chicago', "t4"."created_at"))) AS DOUBLE PRECISION)
                  END
                ) AS DOUBLE PRECISION) / 86400.0 AS "v0"
              FROM (
                SELECT
                  *
                FROM "crm"."opportunities" AS "t0"
                WHERE
                  "t0"."quoted_at" >= CAST('2025-10-05T00:00:00+00:00' AS TIMESTAMPTZ(6))
                  AND "t0"."quoted_at" < CAST('2026-11-17T00:00:00+00:00' AS TIMESTAMPTZ(6))
                  AND 15 = 15
              ) AS "t4"
            ) AS "t22"
          ) AS "t41"
          GROUP BY
            1
        ) AS "t67"
      ) AS "t76"
    ) AS "t78"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        *
      FROM (
        SELECT
          16 AS "_branch",
          "t63"."_at",
          CAST(NULL AS VARCHAR) AS "_by",
          "t63"."a0",
          "t63"."a1",
          CAST(NULL AS DOUBLE PRECISION) AS "a2",
          CAST(NULL AS DOUBLE PRECISION) AS "a3",
          CAST(NULL AS DOUBLE PRECISION) AS "a4",
          CAST(NULL AS DOUBLE PRECISION) AS "a5"
        FROM (
          SELECT
            "t35"."_span" AS "_at",
            (
              (
                ARRAY_AGG("t35"."v0" ORDER BY "t35"."v0" ASC) FILTER(WHERE
                  "t35"."v0" IS NOT NULL
                  AND (
                    "t35"."_span" IS NOT NULL
                  )
                  AND (
                    "t35"."v0" IS NOT NULL
                  ))
              )[CASE
                WHEN CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t35"."v0" ORDER BY "t35"."v0" ASC) FILTER(WHERE
                      "t35"."v0" IS NOT NULL
                      AND (
                        "t35"."_span" IS NOT NULL
                      )
                      AND (
                        "t35"."v0" IS NOT NULL
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.5
                ) AS BIGINT) < 0
                THEN CARDINALITY(
                  ARRAY_AGG("t35"."v0" ORDER BY "t35"."v0" ASC) FILTER(WHERE
                    "t35"."v0" IS NOT NULL
                    AND (
                      "t35"."_span" IS NOT NULL
                    )
                    AND (
                      "t35"."v0" IS NOT NULL
                    ))
                ) + (
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t35"."v0" ORDER BY "t35"."v0" ASC) FILTER(WHERE
                        "t35"."v0" IS NOT NULL
                        AND (
                          "t35"."_span" IS NOT NULL
                        )
                        AND (
                          "t35"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) AS BIGINT) + 1
                )
                ELSE CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t35"."v0" ORDER BY "t35"."v0" ASC) FILTER(WHERE
                      "t35"."v0" IS NOT NULL
                      AND (
                        "t35"."_span" IS NOT NULL
                      )
                      AND (
                        "t35"."v0" IS NOT NULL
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.5
                ) AS BIGINT) + 1
              END] * (
                1 - (
                  (
                    CAST(CARDINALITY(
                      ARRAY_AGG("t35"."v0" ORDER BY "t35"."v0" ASC) FILTER(WHERE
                        "t35"."v0" IS NOT NULL
                        AND (
                          "t35"."_span" IS NOT NULL
                        )
                        AND (
                          "t35"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) - CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t35"."v0" ORDER BY "t35"."v0" ASC) FILTER(WHERE
                        "t35"."v0" IS NOT NULL
                        AND (
                          "t35"."_span" IS NOT NULL
                        )
                        AND (
                          "t35"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) AS BIGINT)
                )
              )
            ) + (
              (
                ARRAY_AGG("t35"."v0" ORDER BY "t35"."v0" ASC) FILTER(WHERE
                  "t35"."v0" IS NOT NULL
                  AND (
                    "t35"."_span" IS NOT NULL
                  )
                  AND (
                    "t35"."v0" IS NOT NULL
                  ))
              )[CASE
                WHEN LEAST(
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t35"."v0" ORDER BY "t35"."v0" ASC) FILTER(WHERE
                        "t35"."v0" IS NOT NULL
                        AND (
                          "t35"."_span" IS NOT NULL
                        )
                        AND (
                          "t35"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) AS BIGINT) + 1,
                  CARDINALITY(
                    ARRAY_AGG("t35"."v0" ORDER BY "t35"."v0" ASC) FILTER(WHERE
                      "t35"."v0" IS NOT NULL
                      AND (
                        "t35"."_span" IS NOT NULL
                      )
                      AND (
                        "t35"."v0" IS NOT NULL
                      ))
                  ) - 1
                ) < 0
                THEN CARDINALITY(
                  ARRAY_AGG("t35"."v0" ORDER BY "t35"."v0" ASC) FILTER(WHERE
                    "t35"."v0" IS NOT NULL
                    AND (
                      "t35"."_span" IS NOT NULL
                    )
                    AND (
                      "t35"."v0" IS NOT NULL
                    ))
                ) + (
                  LEAST(
                    CAST(FLOOR(
                      CAST(CARDINALITY(
                        ARRAY_AGG("t35"."v0" ORDER BY "t35"."v0" ASC) FILTER(WHERE
                          "t35"."v0" IS NOT NULL
                          AND (
                            "t35"."_span" IS NOT NULL
                          )
                          AND (
                            "t35"."v0" IS NOT NULL
                          ))
                      ) - 1 AS DOUBLE PRECISION) * 0.5
                    ) AS BIGINT) + 1,
                    CARDINALITY(
                      ARRAY_AGG("t35"."v0" ORDER BY "t35"."v0" ASC) FILTER(WHERE
                        "t35"."v0" IS NOT NULL
                        AND (
                          "t35"."_span" IS NOT NULL
                        )
                        AND (
                          "t35"."v0" IS NOT NULL
                        ))
                    ) - 1
                  ) + 1
                )
                ELSE LEAST(
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t35"."v0" ORDER BY "t35"."v0" ASC) FILTER(WHERE
                        "t35"."v0" IS NOT NULL
                        AND (
                          "t35"."_span" IS NOT NULL
                        )
                        AND (
                          "t35"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.5
                  ) AS BIGINT) + 1,
                  CARDINALITY(
                    ARRAY_AGG("t35"."v0" ORDER BY "t35"."v0" ASC) FILTER(WHERE
                      "t35"."v0" IS NOT NULL
                      AND (
                        "t35"."_span" IS NOT NULL
                      )
                      AND (
                        "t35"."v0" IS NOT NULL
                      ))
                  ) - 1
                ) + 1
              END] * (
                (
                  CAST(CARDINALITY(
                    ARRAY_AGG("t35"."v0" ORDER BY "t35"."v0" ASC) FILTER(WHERE
                      "t35"."v0" IS NOT NULL
                      AND (
                        "t35"."_span" IS NOT NULL
                      )
                      AND (
                        "t35"."v0" IS NOT NULL
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.5
                ) - CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t35"."v0" ORDER BY "t35"."v0" ASC) FILTER(WHERE
                      "t35"."v0" IS NOT NULL
                      AND (
                        "t35"."_span" IS NOT NULL
                      )
                      AND (
                        "t35"."v0" IS NOT NULL
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.5
                ) AS BIGINT)
              )
            ) AS "a0",
            (
              (
                ARRAY_AGG("t35"."v0" ORDER BY "t35"."v0" ASC) FILTER(WHERE
                  "t35"."v0" IS NOT NULL
                  AND (
                    "t35"."_span" IS NOT NULL
                  )
                  AND (
                    "t35"."v0" IS NOT NULL
                  ))
              )[CASE
                WHEN CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t35"."v0" ORDER BY "t35"."v0" ASC) FILTER(WHERE
                      "t35"."v0" IS NOT NULL
                      AND (
                        "t35"."_span" IS NOT NULL
                      )
                      AND (
                        "t35"."v0" IS NOT NULL
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.9
                ) AS BIGINT) < 0
                THEN CARDINALITY(
                  ARRAY_AGG("t35"."v0" ORDER BY "t35"."v0" ASC) FILTER(WHERE
                    "t35"."v0" IS NOT NULL
                    AND (
                      "t35"."_span" IS NOT NULL
                    )
                    AND (
                      "t35"."v0" IS NOT NULL
                    ))
                ) + (
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t35"."v0" ORDER BY "t35"."v0" ASC) FILTER(WHERE
                        "t35"."v0" IS NOT NULL
                        AND (
                          "t35"."_span" IS NOT NULL
                        )
                        AND (
                          "t35"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.9
                  ) AS BIGINT) + 1
                )
                ELSE CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t35"."v0" ORDER BY "t35"."v0" ASC) FILTER(WHERE
                      "t35"."v0" IS NOT NULL
                      AND (
                        "t35"."_span" IS NOT NULL
                      )
                      AND (
                        "t35"."v0" IS NOT NULL
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.9
                ) AS BIGINT) + 1
              END] * (
                1 - (
                  (
                    CAST(CARDINALITY(
                      ARRAY_AGG("t35"."v0" ORDER BY "t35"."v0" ASC) FILTER(WHERE
                        "t35"."v0" IS NOT NULL
                        AND (
                          "t35"."_span" IS NOT NULL
                        )
                        AND (
                          "t35"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.9
                  ) - CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t35"."v0" ORDER BY "t35"."v0" ASC) FILTER(WHERE
                        "t35"."v0" IS NOT NULL
                        AND (
                          "t35"."_span" IS NOT NULL
                        )
                        AND (
                          "t35"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.9
                  ) AS BIGINT)
                )
              )
            ) + (
              (
                ARRAY_AGG("t35"."v0" ORDER BY "t35"."v0" ASC) FILTER(WHERE
                  "t35"."v0" IS NOT NULL
                  AND (
                    "t35"."_span" IS NOT NULL
                  )
                  AND (
                    "t35"."v0" IS NOT NULL
                  ))
              )[CASE
                WHEN LEAST(
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t35"."v0" ORDER BY "t35"."v0" ASC) FILTER(WHERE
                        "t35"."v0" IS NOT NULL
                        AND (
                          "t35"."_span" IS NOT NULL
                        )
                        AND (
                          "t35"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.9
                  ) AS BIGINT) + 1,
                  CARDINALITY(
                    ARRAY_AGG("t35"."v0" ORDER BY "t35"."v0" ASC) FILTER(WHERE
                      "t35"."v0" IS NOT NULL
                      AND (
                        "t35"."_span" IS NOT NULL
                      )
                      AND (
                        "t35"."v0" IS NOT NULL
                      ))
                  ) - 1
                ) < 0
                THEN CARDINALITY(
                  ARRAY_AGG("t35"."v0" ORDER BY "t35"."v0" ASC) FILTER(WHERE
                    "t35"."v0" IS NOT NULL
                    AND (
                      "t35"."_span" IS NOT NULL
                    )
                    AND (
                      "t35"."v0" IS NOT NULL
                    ))
                ) + (
                  LEAST(
                    CAST(FLOOR(
                      CAST(CARDINALITY(
                        ARRAY_AGG("t35"."v0" ORDER BY "t35"."v0" ASC) FILTER(WHERE
                          "t35"."v0" IS NOT NULL
                          AND (
                            "t35"."_span" IS NOT NULL
                          )
                          AND (
                            "t35"."v0" IS NOT NULL
                          ))
                      ) - 1 AS DOUBLE PRECISION) * 0.9
                    ) AS BIGINT) + 1,
                    CARDINALITY(
                      ARRAY_AGG("t35"."v0" ORDER BY "t35"."v0" ASC) FILTER(WHERE
                        "t35"."v0" IS NOT NULL
                        AND (
                          "t35"."_span" IS NOT NULL
                        )
                        AND (
                          "t35"."v0" IS NOT NULL
                        ))
                    ) - 1
                  ) + 1
                )
                ELSE LEAST(
                  CAST(FLOOR(
                    CAST(CARDINALITY(
                      ARRAY_AGG("t35"."v0" ORDER BY "t35"."v0" ASC) FILTER(WHERE
                        "t35"."v0" IS NOT NULL
                        AND (
                          "t35"."_span" IS NOT NULL
                        )
                        AND (
                          "t35"."v0" IS NOT NULL
                        ))
                    ) - 1 AS DOUBLE PRECISION) * 0.9
                  ) AS BIGINT) + 1,
                  CARDINALITY(
                    ARRAY_AGG("t35"."v0" ORDER BY "t35"."v0" ASC) FILTER(WHERE
                      "t35"."v0" IS NOT NULL
                      AND (
                        "t35"."_span" IS NOT NULL
                      )
                      AND (
                        "t35"."v0" IS NOT NULL
                      ))
                  ) - 1
                ) + 1
              END] * (
                (
                  CAST(CARDINALITY(
                    ARRAY_AGG("t35"."v0" ORDER BY "t35"."v0" ASC) FILTER(WHERE
                      "t35"."v0" IS NOT NULL
                      AND (
                        "t35"."_span" IS NOT NULL
                      )
                      AND (
                        "t35"."v0" IS NOT NULL
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.9
                ) - CAST(FLOOR(
                  CAST(CARDINALITY(
                    ARRAY_AGG("t35"."v0" ORDER BY "t35"."v0" ASC) FILTER(WHERE
                      "t35"."v0" IS NOT NULL
                      AND (
                        "t35"."_span" IS NOT NULL
                      )
                      AND (
                        "t35"."v0" IS NOT NULL
                      ))
                  ) - 1 AS DOUBLE PRECISION) * 0.9
                ) AS BIGINT)
              )
            ) AS "a1"
          FROM (
            SELECT
              "t23"."_at",
              "t23"."v0",
              CASE
                WHEN "t23"."_at" < 365
                THEN CAST(NULL AS BIGINT)
                ELSE CASE WHEN "t23"."_at" < 395 THEN 18 ELSE CAST(NULL AS BIGINT) END
              END AS "_span"
            FROM (
              SELECT
                CAST(FLOOR(
                  CAST((
                    (
                      CAST(EXTRACT('epoch' FROM "t5"."quoted_at") AS DOUBLE PRECISION) + CASE
                        WHEN "t5"."quoted_at" < CAST('2025-11-02T07:00:00+00:00' AS TIMESTAMPTZ(6))
                        THEN -18000
                        ELSE -21600
                      END
                    ) - 1730419200
                  ) AS DOUBLE PRECISION) / 86400
                ) AS BIGINT) AS "_at",
                CAST((
                  CASE
                    WHEN (
                      "t5"."quoted_at" >= CAST('2024-09-27T00:00:00+00:00' AS TIMESTAMPTZ(6))
                    )
                    AND (
                      "t5"."quoted_at" < CAST('2027-01-04T00:00:00+00:00' AS TIMESTAMPTZ(6))
                    )
                    THEN CAST(EXTRACT('epoch' FROM "t5"."quoted_at") AS DOUBLE PRECISION) + CASE
                      WHEN (
                        "t5"."quoted_at" >= CAST('2024-11-03T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t5"."quoted_at" < CAST('2024-11-03T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t5"."quoted_at" >= CAST('2025-11-02T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t5"."quoted_at" < CAST('2025-11-02T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t5"."quoted_at" >= CAST('2026-11-01T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t5"."quoted_at" < CAST('2026-11-01T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      ELSE 0
                    END
                    ELSE CAST(EXTRACT('epoch' FROM TIMEZONE('America/Chicago', TIMEZONE('America/Chicago', "t5"."quoted_at"))) AS DOUBLE PRECISION)
                  END - CASE
                    WHEN (
                      "t5"."created_at" >= CAST('2024-09-27T00:00:00+00:00' AS TIMESTAMPTZ(6))
                    )
                    AND (
                      "t5"."created_at" < CAST('2027-01-04T00:00:00+00:00' AS TIMESTAMPTZ(6))
                    )
                    THEN CAST(EXTRACT('epoch' FROM "t5"."created_at") AS DOUBLE PRECISION) + CASE
                      WHEN (
                        "t5"."created_at" >= CAST('2024-11-03T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t5"."created_at" < CAST('2024-11-03T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t5"."created_at" >= CAST('2025-11-02T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t5"."created_at" < CAST('2025-11-02T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      WHEN (
                        "t5"."created_at" >= CAST('2026-11-01T06:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t5"."created_at" < CAST('2026-11-01T07:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN 3600
                      ELSE 0
                    END
                    ELSE CAST(EXTRACT('epoch' FROM TIMEZONE('America/Chicago', TIMEZONE('America/Chicago', "t5"."created_at"))) AS DOUBLE PRECISION)
                  END
                ) AS DOUBLE PRECISION) / 86400.0 AS "v0"
              FROM (
                SELECT
                  *
                FROM "crm"."opportunities" AS "t0"
                WHERE
                  "t0"."quoted_at" >= CAST('2025-10-31T00:00:00+00:00' AS TIMESTAMPTZ(6))
                  AND "t0"."quoted_at" < CAST('2025-12-02T00:00:00+00:00' AS TIMESTAMPTZ(6))
                  AND 16 = 16
              ) AS "t5"
            ) AS "t23"
          ) AS "t35"
          GROUP BY
            1
        ) AS "t63"
      ) AS "t68"
      UNION ALL
      SELECT
        *
      FROM (
        SELECT
          *
        FROM (
          SELECT
            0 AS "_branch",
            "t57"."_at",
            "t57"."_by",
            CAST("t57"."a0" AS DOUBLE PRECISION) AS "a0",
            CAST("t57"."a1" AS DOUBLE PRECISION) AS "a1",
            "t57"."a2",
            CAST("t57"."a3" AS DOUBLE PRECISION) AS "a3",
            CAST(NULL AS DOUBLE PRECISION) AS "a4",
            CAST(NULL AS DOUBLE PRECISION) AS "a5"
          FROM (
            SELECT
              "t46"."_at",
              "t46"."_by",
              SUM("t46"."_n") AS "a0",
              SUM("t46"."v0_n") AS "a1",
              SUM("t46"."v0_s") AS "a2",
              SUM("t46"."_n") FILTER(WHERE
                (
                  "t46"."_b0" & 3
                ) = 3) AS "a3"
            FROM (
              SELECT
                "t34"."_at",
                "t34"."_by",
                "t34"."_b0",
                COUNT(*) AS "_n",
                COUNT("t34"."v0") AS "v0_n",
                SUM("t34"."v0") AS "v0_s"
              FROM (
                SELECT
                  "t17"."_at",
                  "t17"."_by",
                  "t17"."v0",
                  "t17"."_b0" + CASE
                    WHEN (
                      (
                        "t17"."e0" - "t17"."_at"
                      ) >= 0
                    )
                    AND (
                      (
                        "t17"."e0" - "t17"."_at"
                      ) <= 120
                    )
                    THEN 2
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
                    CAST("t0"."amount" AS DOUBLE PRECISION) AS "v0",
                    CASE
                      WHEN (
                        "t0"."closed_at" >= CAST('2024-10-30T00:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      AND (
                        "t0"."closed_at" < CAST('2027-03-18T00:00:00+00:00' AS TIMESTAMPTZ(6))
                      )
                      THEN CAST(FLOOR(
                        CAST((
                          (
                            CAST(EXTRACT('epoch' FROM "t0"."closed_at") AS DOUBLE PRECISION) + CASE
                              WHEN "t0"."closed_at" < CAST('2024-11-03T07:00:00+00:00' AS TIMESTAMPTZ(6))
                              THEN -18000
                              WHEN "t0"."closed_at" < CAST('2025-03-09T08:00:00+00:00' AS TIMESTAMPTZ(6))
                              THEN -21600
                              WHEN "t0"."closed_at" < CAST('2025-11-02T07:00:00+00:00' AS TIMESTAMPTZ(6))
                              THEN -18000
                              WHEN "t0"."closed_at" < CAST('2026-03-08T08:00:00+00:00' AS TIMESTAMPTZ(6))
                              THEN -21600
                              WHEN "t0"."closed_at" < CAST('2026-11-01T07:00:00+00:00' AS TIMESTAMPTZ(6))
                              THEN -18000
                              WHEN "t0"."closed_at" < CAST('2027-03-14T08:00:00+00:00' AS TIMESTAMPTZ(6))
                              THEN -21600
                              ELSE -18000
                            END
                          ) - 1730419200
                        ) AS DOUBLE PRECISION) / 86400
                      ) AS BIGINT)
                      ELSE CAST(NULL AS BIGINT)
                    END AS "e0",
                    CASE WHEN "t0"."outcome" = 'won' THEN 1 ELSE 0 END AS "_b0"
                  FROM "crm"."opportunities" AS "t0"
                  WHERE
                    "t0"."created_at" >= CAST('2024-10-31T00:00:00+00:00' AS TIMESTAMPTZ(6))
                    AND "t0"."created_at" < CAST('2026-11-17T00:00:00+00:00' AS TIMESTAMPTZ(6))
                    AND 0 = 0
                ) AS "t17"
              ) AS "t34"
              GROUP BY
                1,
                2,
                3
            ) AS "t46"
            GROUP BY
              1,
              2
          ) AS "t57"
        ) AS "t61"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            1 AS "_branch",
            "t33"."_at",
            "t33"."_by",
            CAST("t33"."a0" AS DOUBLE PRECISION) AS "a0",
            CAST("t33"."a1" AS DOUBLE PRECISION) AS "a1",
            "t33"."a2",
            CAST("t33"."a3" AS DOUBLE PRECISION) AS "a3",
            "t33"."a4",
            CAST("t33"."a5" AS DOUBLE PRECISION) AS "a5"
          FROM (
            SELECT
              "t18"."_at",
              "t18"."_by",
              SUM("t18"."_n") FILTER(WHERE
                (
                  "t18"."_b0" & 1
                ) = 1) AS "a0",
              SUM("t18"."v0_n") FILTER(WHERE
                (
                  "t18"."_b0" & 1
                ) = 1) AS "a1",
              SUM("t18"."v0_s") FILTER(WHERE
                (
                  "t18"."_b0" & 1
                ) = 1) AS "a2",
              SUM("t18"."v1_n") FILTER(WHERE
                (
                  "t18"."_b0" & 1
                ) = 1) AS "a3",
              SUM("t18"."v1_s") FILTER(WHERE
                (
                  "t18"."_b0" & 1
                ) = 1) AS "a4",
              SUM("t18"."_n") FILTER(WHERE
                (
                  "t18"."_b0" & 2
                ) = 2) AS "a5"
            FROM (
              SELECT
                "t13"."_at",
                "t13"."_by",
                "t13"."_b0",
                COUNT(*) AS "_n",
                COUNT("t13"."v0") AS "v0_n",
                SUM("t13"."v0") AS "v0_s",
                COUNT("t13"."v1") AS "v1_n",
                SUM("t13"."v1") AS "v1_s"
              FROM (
                SELECT
                  CAST(FLOOR(
                    CAST((
                      (
                        CAST(EXTRACT('epoch' FROM "t0"."closed_at") AS DOUBLE PRECISION) + CASE
                          WHEN "t0"."closed_at" < CAST('2024-11-03T07:00:00+00:00' AS TIMESTAMPTZ(6))
                          THEN -18000
                          WHEN "t0"."closed_at" < CAST('2025-03-09T08:00:00+00:00' AS TIMESTAMPTZ(6))
                          THEN -21600
                          WHEN "t0"."closed_at" < CAST('2025-11-02T07:00:00+00:00' AS TIMESTAMPTZ(6))
                          THEN -18000
                          WHEN "t0"."closed_at" < CAST('2026-03-08T08:00:00+00:00' AS TIMESTAMPTZ(6))
                          THEN -21600
                          WHEN "t0"."closed_at" < CAST('2026-11-01T07:00:00+00:00' AS TIMESTAMPTZ(6))
                          THEN -18000
                          ELSE -21600
                        END
                      ) - 1730419200
                    ) AS DOUBLE PRECISION) / 86400
                  ) AS BIGINT) AS "_at",
                  TRIM(' 	
' FROM "t0"."lead_source") AS "_by",
                  CAST("t0"."amount" AS DOUBLE PRECISION) AS "v0",
                  CAST("t0"."gross_margin" AS DOUBLE PRECISION) AS "v1",
                  CASE WHEN "t0"."outcome" = 'won' THEN 1 WHEN "t0"."outcome" = 'lost' THEN 2 ELSE 0 END AS "_b0"
                FROM "crm"."opportunities" AS "t0"
                WHERE
                  "t0"."closed_at" >= CAST('2024-10-31T00:00:00+00:00' AS TIMESTAMPTZ(6))
                  AND "t0"."closed_at" < CAST('2026-11-17T00:00:00+00:00' AS TIMESTAMPTZ(6))
                  AND 1 = 1
              ) AS "t13"
              GROUP BY
                1,
                2,
                3
            ) AS "t18"
            GROUP BY
              1,
              2
          ) AS "t33"
        ) AS "t45"
      ) AS "t62"
    ) AS "t71"
  ) AS "t83"
) AS "t91"

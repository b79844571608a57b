SELECT
  *
FROM (
  SELECT
    0 AS `_branch`,
    `t3`.`_day`,
    CAST(NULL AS STRING) AS `_by`,
    `t3`.`a0`,
    `t3`.`a1`,
    `t3`.`a2`,
    `t3`.`a3`,
    `t3`.`a4`,
    `t3`.`a5`,
    `t3`.`a6`,
    `t3`.`a7`,
    `t3`.`a8`,
    `t3`.`a9`,
    `t3`.`a10`,
    `t3`.`a11`,
    `t3`.`a12`,
    `t3`.`a13`,
    `t3`.`a14`,
    CAST(NULL AS FLOAT64) AS `a15`,
    CAST(NULL AS FLOAT64) AS `a16`,
    CAST(NULL AS FLOAT64) AS `a17`,
    CAST(NULL AS FLOAT64) AS `a18`,
    CAST(NULL AS FLOAT64) AS `a19`,
    CAST(NULL AS FLOAT64) AS `a20`,
    CAST(NULL AS FLOAT64) AS `a21`,
    CAST(NULL AS FLOAT64) AS `a22`,
    CAST(NULL AS FLOAT64) AS `a23`,
    CAST(NULL AS FLOAT64) AS `a24`,
    CAST(NULL AS FLOAT64) AS `a25`,
    CAST(NULL AS FLOAT64) AS `a26`,
    CAST(NULL AS FLOAT64) AS `a27`,
    CAST(NULL AS FLOAT64) AS `a28`,
    CAST(NULL AS FLOAT64) AS `a29`,
    CAST(NULL AS FLOAT64) AS `a30`,
    CAST(NULL AS FLOAT64) AS `a31`,
    CAST(NULL AS FLOAT64) AS `a32`,
    CAST(NULL AS FLOAT64) AS `a33`,
    CAST(NULL AS FLOAT64) AS `a34`,
    CAST(NULL AS FLOAT64) AS `a35`,
    CAST(NULL AS FLOAT64) AS `a36`,
    CAST(NULL AS FLOAT64) AS `a37`,
    CAST(NULL AS FLOAT64) AS `a38`,
    CAST(NULL AS FLOAT64) AS `a39`,
    CAST(NULL AS FLOAT64) AS `a40`,
    CAST(NULL AS FLOAT64) AS `a41`,
    CAST(NULL AS FLOAT64) AS `a42`,
    CAST(NULL AS FLOAT64) AS `a43`,
    CAST(NULL AS FLOAT64) AS `a44`,
    CAST(NULL AS FLOAT64) AS `a45`,
    CAST(NULL AS FLOAT64) AS `a46`,
    CAST(NULL AS FLOAT64) AS `a47`,
    CAST(NULL AS FLOAT64) AS `a48`,
    CAST(NULL AS FLOAT64) AS `a49`,
    CAST(NULL AS FLOAT64) AS `a50`,
    CAST(NULL AS FLOAT64) AS `a51`,
    CAST(NULL AS FLOAT64) AS `a52`,
    CAST(NULL AS FLOAT64) AS `a53`,
    CAST(NULL AS FLOAT64) AS `a54`,
    CAST(NULL AS FLOAT64) AS `a55`,
    CAST(NULL AS FLOAT64) AS `a56`,
    CAST(NULL AS FLOAT64) AS `a57`,
    CAST(NULL AS FLOAT64) AS `a58`,
    CAST(NULL AS FLOAT64) AS `a59`,
    CAST(NULL AS FLOAT64) AS `a60`,
    CAST(NULL AS FLOAT64) AS `a61`
  FROM (
    SELECT
      `t1`.`_day`,
      CAST(COUNT(*) AS FLOAT64) AS `a0`,
      CAST(COUNT(IF(`t1`.`v0` IS NOT NULL, `t1`.`v0`, NULL)) AS FLOAT64) AS `a1`,
      SUM(IF(`t1`.`v0` IS NOT NULL, `t1`.`v0`, NULL)) AS `a2`,
      CAST(COUNT(IF(`t1`.`v1` IS NOT NULL, `t1`.`v1`, NULL)) AS FLOAT64) AS `a3`,
      SUM(IF(`t1`.`v1` IS NOT NULL, `t1`.`v1`, NULL)) AS `a4`,
      CAST(COUNT(IF(`t1`.`v2` IS NOT NULL, `t1`.`v2`, NULL)) AS FLOAT64) AS `a5`,
      SUM(IF(`t1`.`v2` IS NOT NULL, `t1`.`v2`, NULL)) AS `a6`,
      CAST(COUNT(IF(`t1`.`v3` IS NOT NULL, `t1`.`v3`, NULL)) AS FLOAT64) AS `a7`,
      SUM(IF(`t1`.`v3` IS NOT NULL, `t1`.`v3`, NULL)) AS `a8`,
      CAST(COUNT(IF(`t1`.`v4` IS NOT NULL, `t1`.`v4`, NULL)) AS FLOAT64) AS `a9`,
      SUM(IF(`t1`.`v4` IS NOT NULL, `t1`.`v4`, NULL)) AS `a10`,
      CAST(COUNT(IF(`t1`.`v5` IS NOT NULL, `t1`.`v5`, NULL)) AS FLOAT64) AS `a11`,
      SUM(IF(`t1`.`v5` IS NOT NULL, `t1`.`v5`, NULL)) AS `a12`,
      CAST(COUNT(IF(`t1`.`v6` IS NOT NULL, `t1`.`v6`, NULL)) AS FLOAT64) AS `a13`,
      SUM(IF(`t1`.`v6` IS NOT NULL, `t1`.`v6`, NULL)) AS `a14`
    FROM (
      SELECT
        `t0`.`shipped_on` AS `_day`,
        CAST(`t0`.`wrong_part` AS FLOAT64) AS `v0`,
        CAST(`t0`.`incomplete` AS FLOAT64) AS `v1`,
        CAST(`t0`.`not_invoiced` AS FLOAT64) AS `v2`,
        CAST(`t0`.`wrong_address` AS FLOAT64) AS `v3`,
        CAST(`t0`.`dropped_backorder` AS FLOAT64) AS `v4`,
        CAST(`t0`.`order_value` AS FLOAT64) AS `v5`,
        CAST(`t0`.`gross_margin` AS FLOAT64) AS `v6`
      FROM `erp`.`orders` AS `t0`
      WHERE
        `t0`.`shipped_on` >= DATE(2024, 11, 1)
        AND `t0`.`shipped_on` <= DATE(2026, 11, 15)
    ) AS `t1`
    GROUP BY
      1
  ) AS `t3`
) AS `t4`
UNION ALL
SELECT
  *
FROM (
  SELECT
    1 AS `_branch`,
    CAST(NULL AS DATE) AS `_day`,
    CAST(NULL AS STRING) AS `_by`,
    `t5`.`a0`,
    `t5`.`a1`,
    `t5`.`a2`,
    `t5`.`a3`,
    `t5`.`a4`,
    `t5`.`a5`,
    `t5`.`a6`,
    `t5`.`a7`,
    `t5`.`a8`,
    `t5`.`a9`,
    `t5`.`a10`,
    `t5`.`a11`,
    `t5`.`a12`,
    `t5`.`a13`,
    `t5`.`a14`,
    `t5`.`a15`,
    `t5`.`a16`,
    `t5`.`a17`,
    `t5`.`a18`,
    `t5`.`a19`,
    `t5`.`a20`,
    `t5`.`a21`,
    `t5`.`a22`,
    `t5`.`a23`,
    `t5`.`a24`,
    `t5`.`a25`,
    `t5`.`a26`,
    `t5`.`a27`,
    `t5`.`a28`,
    `t5`.`a29`,
    `t5`.`a30`,
    `t5`.`a31`,
    `t5`.`a32`,
    `t5`.`a33`,
    `t5`.`a34`,
    `t5`.`a35`,
    `t5`.`a36`,
    `t5`.`a37`,
    `t5`.`a38`,
    `t5`.`a39`,
    `t5`.`a40`,
    `t5`.`a41`,
    `t5`.`a42`,
    `t5`.`a43`,
    `t5`.`a44`,
    `t5`.`a45`,
    `t5`.`a46`,
    `t5`.`a47`,
    `t5`.`a48`,
    `t5`.`a49`,
    `t5`.`a50`,
    `t5`.`a51`,
    `t5`.`a52`,
    `t5`.`a53`,
    `t5`.`a54`,
    `t5`.`a55`,
    `t5`.`a56`,
    `t5`.`a57`,
    `t5`.`a58`,
    `t5`.`a59`,
    `t5`.`a60`,
    `t5`.`a61`
  FROM (
    SELECT
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2026, 10, 5)
          )
          AND (
            `t2`.`_day` < DATE(2026, 10, 12)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a0`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2026, 10, 12)
          )
          AND (
            `t2`.`_day` < DATE(2026, 10, 19)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a1`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2026, 10, 19)
          )
          AND (
            `t2`.`_day` < DATE(2026, 10, 26)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a2`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2026, 10, 26)
          )
          AND (
            `t2`.`_day` < DATE(2026, 11, 2)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a3`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2026, 11, 2)
          )
          AND (
            `t2`.`_day` < DATE(2026, 11, 9)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a4`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2026, 11, 9)
          )
          AND (
            `t2`.`_day` < DATE(2026, 11, 16)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a5`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2025, 10, 6)
          )
          AND (
            `t2`.`_day` < DATE(2025, 10, 13)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a6`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2025, 10, 13)
          )
          AND (
            `t2`.`_day` < DATE(2025, 10, 20)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a7`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2025, 10, 20)
          )
          AND (
            `t2`.`_day` < DATE(2025, 10, 27)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a8`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2025, 10, 27)
          )
          AND (
            `t2`.`_day` < DATE(2025, 11, 3)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a9`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2025, 11, 3)
          )
          AND (
            `t2`.`_day` < DATE(2025, 11, 10)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a10`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2025, 11, 10)
          )
          AND (
            `t2`.`_day` < DATE(2025, 11, 17)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a11`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2026, 11, 1)
          )
          AND (
            `t2`.`_day` < DATE(2026, 11, 16)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a12`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2025, 11, 1)
          )
          AND (
            `t2`.`_day` < DATE(2025, 11, 16)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a13`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2026, 10, 1)
          )
          AND (
            `t2`.`_day` < DATE(2026, 11, 16)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a14`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2025, 10, 1)
          )
          AND (
            `t2`.`_day` < DATE(2025, 11, 16)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a15`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2026, 1, 1)
          )
          AND (
            `t2`.`_day` < DATE(2026, 11, 16)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a16`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2025, 1, 1)
          )
          AND (
            `t2`.`_day` < DATE(2025, 11, 16)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a17`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2025, 11, 1)
          )
          AND (
            `t2`.`_day` < DATE(2025, 12, 1)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a18`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2025, 12, 1)
          )
          AND (
            `t2`.`_day` < DATE(2026, 1, 1)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a19`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2026, 1, 1)
          )
          AND (
            `t2`.`_day` < DATE(2026, 2, 1)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a20`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2026, 2, 1)
          )
          AND (
            `t2`.`_day` < DATE(2026, 3, 1)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a21`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2026, 3, 1)
          )
          AND (
            `t2`.`_day` < DATE(2026, 4, 1)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a22`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2026, 4, 1)
          )
          AND (
            `t2`.`_day` < DATE(2026, 5, 1)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a23`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2026, 5, 1)
          )
          AND (
            `t2`.`_day` < DATE(2026, 6, 1)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a24`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2026, 6, 1)
          )
          AND (
            `t2`.`_day` < DATE(2026, 7, 1)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a25`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2026, 7, 1)
          )
          AND (
            `t2`.`_day` < DATE(2026, 8, 1)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a26`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2026, 8, 1)
          )
          AND (
            `t2`.`_day` < DATE(2026, 9, 1)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a27`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2026, 9, 1)
          )
          AND (
            `t2`.`_day` < DATE(2026, 10, 1)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a28`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2026, 10, 1)
          )
          AND (
            `t2`.`_day` < DATE(2026, 11, 1)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a29`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2024, 11, 1)
          )
          AND (
            `t2`.`_day` < DATE(2024, 12, 1)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a30`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2024, 12, 1)
          )
          AND (
            `t2`.`_day` < DATE(2025, 1, 1)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a31`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2025, 1, 1)
          )
          AND (
            `t2`.`_day` < DATE(2025, 2, 1)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a32`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2025, 2, 1)
          )
          AND (
            `t2`.`_day` < DATE(2025, 3, 1)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a33`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2025, 3, 1)
          )
          AND (
            `t2`.`_day` < DATE(2025, 4, 1)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a34`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2025, 4, 1)
          )
          AND (
            `t2`.`_day` < DATE(2025, 5, 1)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a35`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2025, 5, 1)
          )
          AND (
            `t2`.`_day` < DATE(2025, 6, 1)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a36`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2025, 6, 1)
          )
          AND (
            `t2`.`_day` < DATE(2025, 7, 1)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a37`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2025, 7, 1)
          )
          AND (
            `t2`.`_day` < DATE(2025, 8, 1)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a38`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2025, 8, 1)
          )
          AND (
            `t2`.`_day` < DATE(2025, 9, 1)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a39`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2025, 9, 1)
          )
          AND (
            `t2`.`_day` < DATE(2025, 10, 1)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a40`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2025, 10, 1)
          )
          AND (
            `t2`.`_day` < DATE(2025, 11, 1)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a41`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2026, 5, 18)
          )
          AND (
            `t2`.`_day` < DATE(2026, 5, 25)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a42`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2026, 5, 25)
          )
          AND (
            `t2`.`_day` < DATE(2026, 6, 1)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a43`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2026, 6, 1)
          )
          AND (
            `t2`.`_day` < DATE(2026, 6, 8)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a44`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2026, 6, 8)
          )
          AND (
            `t2`.`_day` < DATE(2026, 6, 15)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a45`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2026, 6, 15)
          )
          AND (
            `t2`.`_day` < DATE(2026, 6, 22)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a46`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2026, 6, 22)
          )
          AND (
            `t2`.`_day` < DATE(2026, 6, 29)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a47`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2026, 6, 29)
          )
          AND (
            `t2`.`_day` < DATE(2026, 7, 6)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a48`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2026, 7, 6)
          )
          AND (
            `t2`.`_day` < DATE(2026, 7, 13)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a49`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2026, 7, 13)
          )
          AND (
            `t2`.`_day` < DATE(2026, 7, 20)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a50`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2026, 7, 20)
          )
          AND (
            `t2`.`_day` < DATE(2026, 7, 27)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a51`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2026, 7, 27)
          )
          AND (
            `t2`.`_day` < DATE(2026, 8, 3)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a52`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2026, 8, 3)
          )
          AND (
            `t2`.`_day` < DATE(2026, 8, 10)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a53`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2026, 8, 10)
          )
          AND (
            `t2`.`_day` < DATE(2026, 8, 17)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a54`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2026, 8, 17)
          )
          AND (
            `t2`.`_day` < DATE(2026, 8, 24)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a55`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2026, 8, 24)
          )
          AND (
            `t2`.`_day` < DATE(2026, 8, 31)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a56`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2026, 8, 31)
          )
          AND (
            `t2`.`_day` < DATE(2026, 9, 7)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a57`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2026, 9, 7)
          )
          AND (
            `t2`.`_day` < DATE(2026, 9, 14)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a58`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2026, 9, 14)
          )
          AND (
            `t2`.`_day` < DATE(2026, 9, 21)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a59`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2026, 9, 21)
          )
          AND (
            `t2`.`_day` < DATE(2026, 9, 28)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a60`,
      CAST(COUNT(
        DISTINCT IF(
          (
            `t2`.`v0` IS NOT NULL
          )
          AND (
            `t2`.`_day` >= DATE(2026, 9, 28)
          )
          AND (
            `t2`.`_day` < DATE(2026, 10, 5)
          ),
          `t2`.`v0`,
          NULL
        )
      ) AS FLOAT64) AS `a61`
    FROM (
      SELECT
        `t0`.`shipped_on` AS `_day`,
        IF(
          (
            `t0`.`customer_id` IS NOT NULL
          )
          AND (
            TRIM(`t0`.`customer_id`, ' \t\n\r\v\f') <> ''
          ),
          TRIM(`t0`.`customer_id`, ' \t\n\r\v\f'),
          NULL
        ) AS `v0`
      FROM `erp`.`orders` AS `t0`
      WHERE
        `t0`.`shipped_on` >= DATE(2024, 11, 1)
        AND `t0`.`shipped_on` <= DATE(2026, 11, 15)
    ) AS `t2`
  ) AS `t5`
) AS `t6`

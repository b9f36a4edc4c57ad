"""The sample corpus: deterministic 部门决算 and 部门预算 PDFs of 攀枝花市东区人力资源和社会保障局, 2021–2024.

figures           the amounts as data — each year's final account and budget — with
                  `expected_items(year)` / `expected_budget_items(year)`, the ground truth of every printed cell
tables            the nine standard 决算 tables as ruled grids (shapes copied from the national template)
budget_tables     the nine standard 预算 tables (shapes copied from the real 区级部门预算)
narrative         决算 prose: 部门概况, 情况说明 and 绩效自评, computed from the figures
budget_narrative  预算 prose: 主要职能, 机构设置, 名词解释, 编制说明, 其他相关情况说明, 项目经费情况说明
layout            drawing: ruled grids with multi-row headers, running text, page furniture
build             document composition; `python -m pipelines.samples.build [--out data/samples]`
"""

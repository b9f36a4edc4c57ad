"""The sample corpus: deterministic 部门决算 PDFs of 攀枝花市东区人力资源和社会保障局, 2021–2024.

figures    the amounts as data, and `expected_items(year)`, the ground truth of every printed cell
tables     the nine standard tables as ruled grids (shapes copied from the national template)
narrative  部门概况, 情况说明 and 绩效自评 prose computed from the figures
layout     drawing: ruled grids with multi-row headers, running text, page furniture
build      document composition; `python -m pipelines.samples.build [--out data/samples]`
"""

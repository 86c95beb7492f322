/** 「责任单位」 lines shared by the a/b/c rows of one measure: written once, read by each row's record. */
export const DEPARTMENTS = {
  m11: "省科技厅、省财政厅、省市场监管局",
  m12: "省工业和信息化厅、省大数据局、省财政厅",
  m14: "省工业和信息化厅、省财政厅",
};

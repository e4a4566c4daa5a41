// The CSV file being read in the CSV worker, if any: its name, how far the reading has come, and
// the way to cancel it (shown by CsvReadProgress).
import { create } from "zustand";

export interface CsvReading {
  fileName: string;
  /** 0 to 1. */
  fraction: number;
  cancel: () => void;
}

interface CsvReadState {
  reading: CsvReading | null;
  started: (reading: CsvReading) => void;
  advanced: (fraction: number) => void;
  finished: () => void;
}

export const useCsvRead = create<CsvReadState>((set) => ({
  reading: null,
  started: (reading) => set({ reading }),
  advanced: (fraction) => set((state) => (state.reading ? { reading: { ...state.reading, fraction } } : state)),
  finished: () => set({ reading: null }),
}));

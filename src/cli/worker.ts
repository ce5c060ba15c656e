// Placeholder for the worker-thread entry of the batch command (issue 4).
export {};

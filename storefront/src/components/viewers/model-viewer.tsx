'use client'

import { Bounds, Center, Html, OrbitControls, useGLTF } from '@react-three/drei'
import { Canvas } from '@react-three/fiber'
import { Suspense, useCallback, useEffect, useState } from 'react'
import type { ModelAnnotation } from '@/domain/types'

export interface ModelViewerProps {
  url: string
  annotations: ModelAnnotation[]
  labels: { loading: string; annotations: string }
}

function Model({ url, onReady }: { url: string; onReady: () => void }) {
  // No Draco: drei would fetch its decoder from a CDN. Meshopt's decoder ships with three.
  const gltf = useGLTF(url, false, true)
  useEffect(onReady, [onReady])

  return <primitive object={gltf.scene} />
}

function Annotation({ annotation }: { annotation: ModelAnnotation }) {
  const [open, setOpen] = useState(false)

  return (
    <Html position={annotation.position} center zIndexRange={[20, 0]}>
      <div className="model-annotation">
        <button
          type="button"
          className="model-annotation__pin"
          aria-expanded={open}
          aria-label={annotation.label}
          onClick={() => setOpen((value) => !value)}
          data-testid="model-annotation"
        >
          i
        </button>
        {open ? (
          <div className="model-annotation__label" role="note">
            <strong>{annotation.label}</strong>
            {annotation.description ? <p>{annotation.description}</p> : null}
          </div>
        ) : null}
      </div>
    </Html>
  )
}

/**
 * A GLB model with orbit controls and the CMS's annotations as pins that open their label.
 * Lights are plain (no drei environment presets, which download from a CDN).
 */
export default function ModelViewer({ url, annotations, labels }: ModelViewerProps) {
  const [ready, setReady] = useState(false)
  const markReady = useCallback(() => setReady(true), [])

  return (
    <div className="viewer__stage" data-testid="model-viewer" aria-busy={!ready}>
      {ready ? null : <p className="viewer__loading">{labels.loading}</p>}
      <Canvas
        camera={{ position: [3, 2, 4], fov: 45 }}
        dpr={[1, 2]}
        gl={{ preserveDrawingBuffer: true }}
      >
        <color attach="background" args={['#f1ecef']} />
        <ambientLight intensity={0.8} />
        <directionalLight position={[5, 8, 5]} intensity={1.6} />
        <Suspense fallback={null}>
          <Bounds fit clip observe margin={1.2}>
            <Center>
              <Model url={url} onReady={markReady} />
              {/* Inside <Center> so the pins follow the model's own coordinates. */}
              {annotations.map((annotation) => (
                <Annotation key={annotation.id} annotation={annotation} />
              ))}
            </Center>
          </Bounds>
        </Suspense>
        <OrbitControls makeDefault enableDamping />
      </Canvas>
      {annotations.length > 0 ? (
        <details className="viewer__list">
          <summary>{labels.annotations}</summary>
          <ul>
            {annotations.map((annotation) => (
              <li key={annotation.id}>
                <strong>{annotation.label}</strong>
                {annotation.description ? ` — ${annotation.description}` : ''}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  )
}
